package nl.integraletoegang.api.huishouden;

import java.util.Locale;
import nl.integraletoegang.api.veld.Huisletter;
import nl.integraletoegang.api.veld.Huisnummer;
import nl.integraletoegang.api.veld.Huisnummertoevoeging;
import nl.integraletoegang.api.veld.Label;
import nl.integraletoegang.api.veld.Postcode;

/**
 * Where a household lives, in the vocabulary of the BAG and the BRP: postcode and huisnummer identify the address,
 * huisletter and huisnummertoevoeging refine it, straat and woonplaats make it readable. What a worker types is
 * normalised here (postcode without spaces in capitals, huisletter and toevoeging in capitals, empty parts absent), so
 * "7411 ab" and "7411AB" are the same address; the field rules check the normalised value. Whether postcode and
 * huisnummer are present is the domain's rule. Personal data of the household wherever an event carries it.
 */
public record Adres(
        @Postcode String postcode,
        @Huisnummer Integer huisnummer,
        @Huisletter String huisletter,
        @Huisnummertoevoeging String huisnummertoevoeging,
        @Label String straat,
        @Label String woonplaats) {

    public Adres {
        postcode = postcode == null ? null : leegIsAfwezig(postcode.replaceAll("[ \\t]", "").toUpperCase(Locale.ROOT));
        huisletter = huisletter == null ? null : leegIsAfwezig(huisletter.strip().toUpperCase(Locale.ROOT));
        huisnummertoevoeging = huisnummertoevoeging == null ? null
                : leegIsAfwezig(huisnummertoevoeging.strip().toUpperCase(Locale.ROOT));
        straat = straat == null ? null : leegIsAfwezig(straat.strip());
        woonplaats = woonplaats == null ? null : leegIsAfwezig(woonplaats.strip());
    }

    private static String leegIsAfwezig(String waarde) {
        return waarde.isEmpty() ? null : waarde;
    }

    /**
     * Whether the address identifies a dwelling: postcode and huisnummer, as the BAG requires. (Not named as a
     * getter: JSON carries the components only.)
     */
    public boolean identificeertWoning() {
        return postcode != null && huisnummer != null;
    }

    /** The same dwelling: postcode, huisnummer, huisletter and toevoeging agree (street names may be spelled differently). */
    public boolean zelfdeWoning(Adres ander) {
        return ander != null && java.util.Objects.equals(postcode, ander.postcode)
                && java.util.Objects.equals(huisnummer, ander.huisnummer)
                && java.util.Objects.equals(huisletter, ander.huisletter)
                && java.util.Objects.equals(huisnummertoevoeging, ander.huisnummertoevoeging);
    }
}
