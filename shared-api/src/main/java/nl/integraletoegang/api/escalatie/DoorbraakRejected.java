package nl.integraletoegang.api.escalatie;

import nl.integraletoegang.api.casus.CasusEvent;
import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/** The doorbraakteam rejected a custom solution: at least one pillar was answered "no" (with its motivation). */
@Revision("1")
public record DoorbraakRejected(
        String huishoudenId,
        String casusId,
        String escalatieId,
        String doorbraakId,
        Pijler legitimiteit,
        Pijler betrokkenheid,
        Pijler rendement,
        @PersonalData String oplossing) implements CasusEvent {
}
