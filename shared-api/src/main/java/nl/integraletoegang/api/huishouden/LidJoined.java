package nl.integraletoegang.api.huishouden;

import java.time.LocalDate;
import nl.integraletoegang.api.casus.CasusEvent;
import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/**
 * A person joined the household on {@code datum} (a child born, a partner moving in) with the role given. Unlike
 * {@link nl.integraletoegang.api.casus.LidRegistered} (a member named by a melding, a member from the start) this is
 * a change of the household's composition. Every personal field is keyed by {@code persoonId}. {@code casusId} is the
 * household's open casus, or its last one.
 */
@Revision("1")
public record LidJoined(
        String huishoudenId,
        String casusId,
        String persoonId,
        @PersonalData(subject = "persoonId") String naam,
        @PersonalData(subject = "persoonId") LocalDate geboortedatum,
        @PersonalData(subject = "persoonId") String bsn,
        LidRol rol,
        LocalDate datum) implements CasusEvent {
}
