package nl.integraletoegang.api.escalatie;

import nl.integraletoegang.api.casus.CasusEvent;
import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/** The doorbraakteam approved a custom solution: all three pillars were answered "yes" with a motivation. */
@Revision("1")
public record DoorbraakApproved(
        String huishoudenId,
        String casusId,
        String escalatieId,
        String doorbraakId,
        Pijler legitimiteit,
        Pijler betrokkenheid,
        Pijler rendement,
        @PersonalData String oplossing) implements CasusEvent {
}
