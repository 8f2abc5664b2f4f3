package nl.integraletoegang.platform.invoer;

import nl.integraletoegang.api.brp.AdresVraag;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.integraletoegang.api.casus.Bsn;
import nl.integraletoegang.api.huishouden.Adres;
import nl.integraletoegang.api.tijd.Tijdzone;
import nl.integraletoegang.api.veld.Huisletter;
import nl.integraletoegang.api.veld.Huisnummer;
import nl.integraletoegang.api.veld.Huisnummertoevoeging;
import nl.integraletoegang.api.veld.Postcode;
import nl.integraletoegang.platform.invoer.Datumparameter;
import nl.integraletoegang.platform.invoer.OngeldigeParameterException;

/**
 * The strict checks of a lookup's terms, shared by the API and the melding form: a BSN passes the elfproef, a
 * postcode is {@code 1234AB} (a space and lower case are accepted and normalised away), a huisnummer 1–99999, a
 * huisletter one letter, a huisnummertoevoeging up to 4 letters or digits, a peildatum not in the future. A term
 * that fails is a 400 naming the parameter, never echoing it.
 */
public final class BrpParameters {

    // the contract's field rules for an address (api.veld), so a lookup takes exactly what a melding takes
    private static final Pattern POSTCODE = Pattern.compile(Postcode.TEKENS);
    private static final Pattern HUISLETTER = Pattern.compile(Huisletter.TEKENS);
    private static final Pattern TOEVOEGING = Pattern.compile(Huisnummertoevoeging.TEKENS);

    private BrpParameters() {
    }

    public static String bsn(String bsn) {
        String waarde = bsn == null ? "" : bsn.strip();
        if (!Bsn.isValid(waarde)) {
            OngeldigeParameterException fout = new OngeldigeParameterException("bsn",
                    "Het BSN klopt niet: het moet uit 9 cijfers bestaan en de elfproef doorstaan.");
            // the problem would name the request's path as its instance, and this path holds the BSN
            fout.getBody().setInstance(URI.create("/api/brp/personen"));
            throw fout;
        }
        return waarde;
    }

    public static AdresVraag adres(String postcode, Integer huisnummer, String huisletter, String toevoeging) {
        String normaal = normaalPostcode(postcode);
        if (normaal == null) {
            throw new OngeldigeParameterException("postcode",
                    "Geef een postcode van 4 cijfers en 2 letters, zoals 7411KL.");
        }
        if (huisnummer == null || huisnummer < Huisnummer.MIN || huisnummer > Huisnummer.MAX) {
            throw new OngeldigeParameterException("huisnummer", "Geef een huisnummer van 1 tot en met 99999.");
        }
        String letter = leegIsNull(huisletter);
        if (letter != null && (letter.length() != 1 || !HUISLETTER.matcher(letter).matches())) {
            throw new OngeldigeParameterException("huisletter", "Een huisletter is één letter, zoals A.");
        }
        String extra = leegIsNull(toevoeging);
        if (extra != null && !TOEVOEGING.matcher(extra).matches()) {
            throw new OngeldigeParameterException("toevoeging",
                    "Een huisnummertoevoeging bestaat uit hoogstens 4 letters of cijfers, zoals 2 of bis.");
        }
        // normalised as the contract's Adres normalises what a worker types
        Adres adres = new Adres(normaal, huisnummer, letter, extra, null, null);
        return new AdresVraag(adres.postcode(), adres.huisnummer(), adres.huisletter(), adres.huisnummertoevoeging());
    }

    /** Today, or the given date when it is not in the future. */
    public static LocalDate peildatum(LocalDate peildatum, Clock clock) {
        LocalDate vandaag = vandaag(clock);
        if (peildatum == null) {
            return vandaag;
        }
        Datumparameter.binnenBereik("peildatum", peildatum);
        if (peildatum.isAfter(vandaag)) {
            throw new OngeldigeParameterException("peildatum",
                    "De peildatum ligt in de toekomst. Kies vandaag of een eerdere datum.");
        }
        return peildatum;
    }

    /** The postcode as {@code 1234AB}, or null when it is not a Dutch postcode. */
    public static String normaalPostcode(String postcode) {
        String waarde = leegIsNull(postcode);
        if (waarde == null || !waarde.matches("[0-9]{4} ?[A-Za-z]{2}")) {
            return null;
        }
        String normaal = waarde.replace(" ", "").toUpperCase(Locale.ROOT);
        return POSTCODE.matcher(normaal).matches() ? normaal : null;
    }

    public static LocalDate vandaag(Clock clock) {
        return LocalDate.now(clock.withZone(Tijdzone.NEDERLAND));
    }

    private static String leegIsNull(String waarde) {
        return waarde == null || waarde.isBlank() ? null : waarde.strip();
    }
}
