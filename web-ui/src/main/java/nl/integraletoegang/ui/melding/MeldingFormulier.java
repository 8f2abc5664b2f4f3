package nl.integraletoegang.ui.melding;

import nl.integraletoegang.platform.invoer.BrpParameters;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.integraletoegang.api.casus.Bsn;
import nl.integraletoegang.api.casus.Dreiging;
import nl.integraletoegang.api.casus.Kanaal;
import nl.integraletoegang.api.casus.Levensdomein;
import nl.integraletoegang.api.huishouden.Adres;
import nl.integraletoegang.api.huishouden.LidRol;
import nl.integraletoegang.api.veld.Code;
import nl.integraletoegang.api.veld.Identificatie;
import nl.integraletoegang.api.veld.Label;
import nl.integraletoegang.api.veld.Persoonsnaam;
import nl.integraletoegang.api.veld.VrijeTekst;
import nl.integraletoegang.api.brp.BrpPersoon;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The melding form as the worker fills it in (a mutable form object, as Spring's form binding wants it). Empty
 * member rows are ignored; a member row that is started needs a name and a date of birth.
 */
public class MeldingFormulier {

    static final int LEDEN_RIJEN = 3;
    static final List<LidRol> ROLLEN = List.of(LidRol.values());

    @Identificatie
    private String huishoudenId;
    @NotNull(message = "Kies via welk kanaal de melding binnenkwam.")
    private Kanaal kanaal;
    @NotEmpty(message = "Kies ten minste één levensdomein.")
    private Set<Levensdomein> levensdomeinen = EnumSet.noneOf(Levensdomein.class);
    @NotEmpty(message = "Beschrijf de hulpvraag.")
    @VrijeTekst(max = VrijeTekst.MIDDEL)
    private String omschrijving;
    private Set<Dreiging> dreigingen = EnumSet.noneOf(Dreiging.class);
    @Label
    private String wijk;
    @Code
    private String regime;
    /** Why the melding starts a new household although known households matched what was typed. */
    @VrijeTekst(max = VrijeTekst.KORT)
    private String apartReden;
    @Valid
    private List<Lid> leden = new ArrayList<>(List.of(new Lid(), new Lid(), new Lid()));
    /** What to look up in the BRP; only "Vul aan uit BRP" reads it, registering ignores it. */
    private BrpVraag brp = new BrpVraag();
    /** The address of a new household as typed; ignored when the melding joins a chosen household. */
    private AdresVelden adres = new AdresVelden();

    /** One member row. */
    public static class Lid {
        @Persoonsnaam
        private String naam;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        @PastOrPresent(message = "De geboortedatum ligt in de toekomst.")
        private LocalDate geboortedatum;
        private String bsn;
        /** The member's role as chosen (a {@link LidRol} name), or empty; checked in {@code controleer}. */
        private String rol;

        boolean isLeeg() {
            return isBlank(naam) && geboortedatum == null && isBlank(bsn);
        }

        /** @return the chosen role, or null when none was chosen (or it is not a role; then controleer reports it) */
        LidRol lidRol() {
            return isBlank(rol) ? null : ROLLEN.stream().filter(r -> r.name().equals(rol.strip())).findFirst()
                    .orElse(null);
        }

        public String getRol() {
            return rol;
        }

        public void setRol(String rol) {
            this.rol = rol;
        }

        public String getNaam() {
            return naam;
        }

        public void setNaam(String naam) {
            this.naam = naam;
        }

        public LocalDate getGeboortedatum() {
            return geboortedatum;
        }

        public void setGeboortedatum(LocalDate geboortedatum) {
            this.geboortedatum = geboortedatum;
        }

        public String getBsn() {
            return bsn;
        }

        public void setBsn(String bsn) {
            this.bsn = bsn;
        }
    }

    /**
     * The household's address as typed: strings, so that what does not parse becomes a Dutch field error; the
     * field rules of {@link Adres} are checked on the normalised value in {@code controleer}.
     */
    public static class AdresVelden {
        private String postcode;
        private String huisnummer;
        private String huisletter;
        private String toevoeging;
        private String straat;
        private String woonplaats;

        boolean isLeeg() {
            return isBlank(postcode) && isBlank(huisnummer) && isBlank(huisletter) && isBlank(toevoeging)
                    && isBlank(straat) && isBlank(woonplaats);
        }

        /** @return the address as the contract carries it (normalised), or null when empty or not parseable */
        Adres adres() {
            Integer nummer = huisnummerAlsGetal();
            if (isLeeg() || (!isBlank(huisnummer) && nummer == null)) {
                return null;
            }
            return new Adres(postcode, nummer, huisletter, toevoeging, straat, woonplaats);
        }

        private Integer huisnummerAlsGetal() {
            if (isBlank(huisnummer) || !huisnummer.strip().matches("[0-9]{1,9}")) {
                return null;
            }
            return Integer.valueOf(huisnummer.strip());
        }

        void vulIn(Adres gevonden) {
            postcode = gevonden.postcode();
            huisnummer = gevonden.huisnummer() == null ? null : gevonden.huisnummer().toString();
            huisletter = gevonden.huisletter();
            toevoeging = gevonden.huisnummertoevoeging();
            straat = gevonden.straat();
            woonplaats = gevonden.woonplaats();
        }

        public String getPostcode() {
            return postcode;
        }

        public void setPostcode(String postcode) {
            this.postcode = postcode;
        }

        public String getHuisnummer() {
            return huisnummer;
        }

        public void setHuisnummer(String huisnummer) {
            this.huisnummer = huisnummer;
        }

        public String getHuisletter() {
            return huisletter;
        }

        public void setHuisletter(String huisletter) {
            this.huisletter = huisletter;
        }

        public String getToevoeging() {
            return toevoeging;
        }

        public void setToevoeging(String toevoeging) {
            this.toevoeging = toevoeging;
        }

        public String getStraat() {
            return straat;
        }

        public void setStraat(String straat) {
            this.straat = straat;
        }

        public String getWoonplaats() {
            return woonplaats;
        }

        public void setWoonplaats(String woonplaats) {
            this.woonplaats = woonplaats;
        }
    }

    /** The terms of a BRP lookup as typed: an address, a BSN, or both. Checked by {@code BrpParameters}. */
    public static class BrpVraag {
        private String postcode;
        private String huisnummer;
        private String huisletter;
        private String toevoeging;
        private String bsn;

        boolean heeftAdres() {
            return !isBlank(postcode) || !isBlank(huisnummer) || !isBlank(huisletter) || !isBlank(toevoeging);
        }

        public String getPostcode() {
            return postcode;
        }

        public void setPostcode(String postcode) {
            this.postcode = postcode;
        }

        public String getHuisnummer() {
            return huisnummer;
        }

        public void setHuisnummer(String huisnummer) {
            this.huisnummer = huisnummer;
        }

        public String getHuisletter() {
            return huisletter;
        }

        public void setHuisletter(String huisletter) {
            this.huisletter = huisletter;
        }

        public String getToevoeging() {
            return toevoeging;
        }

        public void setToevoeging(String toevoeging) {
            this.toevoeging = toevoeging;
        }

        public String getBsn() {
            return bsn;
        }

        public void setBsn(String bsn) {
            this.bsn = bsn;
        }
    }

    /**
     * Puts people from the BRP in the member rows: in the empty rows first, then in new rows; someone whose BSN is
     * already in a row is not added twice.
     *
     * @return how many people were added
     */
    int vulAan(List<BrpPersoon> personen) {
        int toegevoegd = 0;
        for (BrpPersoon persoon : personen) {
            boolean alIngevuld = leden.stream().anyMatch(lid -> lid.bsn != null && lid.bsn.strip().equals(persoon.bsn()));
            if (alIngevuld) {
                continue;
            }
            Lid lid = leden.stream().filter(Lid::isLeeg).findFirst().orElseGet(() -> {
                Lid nieuw = new Lid();
                leden.add(nieuw);
                return nieuw;
            });
            lid.naam = persoon.volledigeNaam();
            lid.geboortedatum = persoon.geboortedatum();
            lid.bsn = persoon.bsn();
            toegevoegd++;
        }
        return toegevoegd;
    }

    /**
     * The checks that span fields: a started member row is complete, a BSN passes the elfproef, a role is one of the
     * list; a new household's address has postcode and huisnummer together and passes the field rules of
     * {@link Adres} (checked by {@code validator}, so the form and the API apply the same rules).
     */
    void controleer(Errors fouten, Validator validator) {
        if (isBlank(huishoudenId)) {
            controleerAdres(fouten, validator);
        }
        for (int i = 0; i < leden.size(); i++) {
            Lid lid = leden.get(i);
            if (lid.isLeeg()) {
                continue;
            }
            String rij = "leden[" + i + "].";
            if (isBlank(lid.naam)) {
                fouten.rejectValue(rij + "naam", "verplicht", "Geef de naam van lid " + (i + 1) + ".");
            }
            if (lid.geboortedatum == null && !fouten.hasFieldErrors(rij + "geboortedatum")) {
                fouten.rejectValue(rij + "geboortedatum", "verplicht",
                        "Geef de geboortedatum van lid " + (i + 1) + ".");
            }
            if (!isBlank(lid.bsn) && !Bsn.isValid(lid.bsn.strip())) {
                fouten.rejectValue(rij + "bsn", "elfproef", "Het BSN van lid " + (i + 1) + " klopt niet: het moet "
                        + "uit 9 cijfers bestaan en de elfproef doorstaan.");
            }
            if (!isBlank(lid.rol) && lid.lidRol() == null) {
                fouten.rejectValue(rij + "rol", "onbekend", "Kies de rol van lid " + (i + 1) + " uit de lijst.");
            }
        }
    }

    private void controleerAdres(Errors fouten, Validator validator) {
        if (adres.isLeeg()) {
            return;
        }
        if (!isBlank(adres.huisnummer) && adres.huisnummerAlsGetal() == null) {
            // not a number at all: the rule's own message, as for a number out of range
            fouten.rejectValue("adres.huisnummer", "ongeldig",
                    validator.validateValue(Adres.class, "huisnummer", 0).iterator().next().getMessage());
        }
        Adres getypt = adres.adres();
        if (getypt == null) {
            return;
        }
        for (ConstraintViolation<Adres> fout : validator.validate(getypt)) {
            String eigenschap = fout.getPropertyPath().toString();
            String veld = "adres." + ("huisnummertoevoeging".equals(eigenschap) ? "toevoeging" : eigenschap);
            if (!fouten.hasFieldErrors(veld)) {
                fouten.rejectValue(veld, "ongeldig", fout.getMessage());
            }
        }
        if (getypt.postcode() == null && !fouten.hasFieldErrors("adres.postcode")) {
            fouten.rejectValue("adres.postcode", "verplicht",
                    "Geef de postcode van het adres; een adres heeft postcode en huisnummer samen.");
        }
        if (getypt.huisnummer() == null && !fouten.hasFieldErrors("adres.huisnummer")) {
            fouten.rejectValue("adres.huisnummer", "verplicht",
                    "Geef het huisnummer van het adres; een adres heeft postcode en huisnummer samen.");
        }
    }

    /** The address to register with a new household, or null (joining, nothing typed, or not valid). */
    Adres nieuwAdres() {
        return isBlank(huishoudenId) ? adres.adres() : null;
    }

    List<Lid> ingevuldeLeden() {
        return leden.stream().filter(lid -> !lid.isLeeg()).toList();
    }

    static boolean isBlank(String waarde) {
        return waarde == null || waarde.isBlank();
    }

    public String getHuishoudenId() {
        return huishoudenId;
    }

    public void setHuishoudenId(String huishoudenId) {
        this.huishoudenId = huishoudenId;
    }

    public Kanaal getKanaal() {
        return kanaal;
    }

    public void setKanaal(Kanaal kanaal) {
        this.kanaal = kanaal;
    }

    public Set<Levensdomein> getLevensdomeinen() {
        return levensdomeinen;
    }

    public void setLevensdomeinen(Set<Levensdomein> levensdomeinen) {
        this.levensdomeinen = levensdomeinen;
    }

    public String getOmschrijving() {
        return omschrijving;
    }

    public void setOmschrijving(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public Set<Dreiging> getDreigingen() {
        return dreigingen;
    }

    public void setDreigingen(Set<Dreiging> dreigingen) {
        this.dreigingen = dreigingen;
    }

    public String getApartReden() {
        return apartReden;
    }

    public void setApartReden(String apartReden) {
        this.apartReden = apartReden;
    }

    public String getWijk() {
        return wijk;
    }

    public void setWijk(String wijk) {
        this.wijk = wijk;
    }

    public String getRegime() {
        return regime;
    }

    public void setRegime(String regime) {
        this.regime = regime;
    }

    public AdresVelden getAdres() {
        return adres;
    }

    public void setAdres(AdresVelden adres) {
        this.adres = adres;
    }

    public BrpVraag getBrp() {
        return brp;
    }

    public void setBrp(BrpVraag brp) {
        this.brp = brp;
    }

    public List<Lid> getLeden() {
        return leden;
    }

    public void setLeden(List<Lid> leden) {
        this.leden = leden;
    }
}
