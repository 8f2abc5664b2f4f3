package nl.integraletoegang.api.casus;

import java.time.LocalDate;
import nl.integraletoegang.api.privacy.PersonalData;

/** A member of a household as a melding names them: a name and date of birth at least, a BSN when known. All three are personal data of this person. */
public record Persoon(
        String persoonId,
        @PersonalData(subject = "persoonId") String naam,
        @PersonalData(subject = "persoonId") LocalDate geboortedatum,
        @PersonalData(subject = "persoonId") String bsn) {
}
