package nl.integraletoegang.api.casus;

import java.time.LocalDate;
import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/** A person became known as a member of the household. Every personal field is keyed by {@code persoonId}. */
@Revision("1")
public record LidRegistered(
        String huishoudenId,
        String casusId,
        String persoonId,
        @PersonalData(subject = "persoonId") String naam,
        @PersonalData(subject = "persoonId") LocalDate geboortedatum,
        @PersonalData(subject = "persoonId") String bsn) implements CasusEvent {
}
