package nl.integraletoegang.api.huishouden;

import java.time.LocalDate;
import nl.integraletoegang.api.casus.CasusEvent;
import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/**
 * A member left the household on {@code datum} (moved out, died, placed elsewhere), for the reason given, which is
 * personal data of that member. A member who left stays in the household's history; their BSN no longer ties them
 * to it.
 */
@Revision("1")
public record LidLeft(
        String huishoudenId,
        String casusId,
        String persoonId,
        LocalDate datum,
        @PersonalData(subject = "persoonId") String reden) implements CasusEvent {
}
