package nl.integraletoegang.api.casus;

import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import nl.integraletoegang.api.huishouden.LidRol;
import nl.integraletoegang.api.privacy.PersonalData;
import nl.integraletoegang.api.veld.Identificatie;
import nl.integraletoegang.api.veld.Kalenderdatum;
import nl.integraletoegang.api.veld.Persoonsnaam;

/**
 * A member of a household as a melding names them: a name and date of birth at least, a BSN when known, and their
 * role in the household when given. Name, date of birth and BSN are personal data of this person.
 */
public record Persoon(
        @Identificatie String persoonId,
        @Persoonsnaam @PersonalData(subject = "persoonId") String naam,
        @Kalenderdatum @PersonalData(subject = "persoonId") LocalDate geboortedatum,
        @Pattern(regexp = "[0-9]{9}", message = "Een BSN bestaat uit negen cijfers.")
        @PersonalData(subject = "persoonId") String bsn,
        LidRol rol) {

    /** A member without a role, as meldingen named them before roles existed. */
    public Persoon(String persoonId, String naam, LocalDate geboortedatum, String bsn) {
        this(persoonId, naam, geboortedatum, bsn, null);
    }
}
