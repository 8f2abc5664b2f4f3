package nl.integraletoegang.api.casus;

import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import nl.integraletoegang.api.privacy.PersonalData;
import nl.integraletoegang.api.veld.Identificatie;
import nl.integraletoegang.api.veld.Kalenderdatum;
import nl.integraletoegang.api.veld.Persoonsnaam;

/** A member of a household as a melding names them: a name and date of birth at least, a BSN when known. All three are personal data of this person. */
public record Persoon(
        @Identificatie String persoonId,
        @Persoonsnaam @PersonalData(subject = "persoonId") String naam,
        @Kalenderdatum @PersonalData(subject = "persoonId") LocalDate geboortedatum,
        @Pattern(regexp = "[0-9]{9}", message = "Een BSN bestaat uit negen cijfers.")
        @PersonalData(subject = "persoonId") String bsn) {
}
