package nl.integraletoegang.api.plan;

import nl.integraletoegang.api.casus.CasusEvent;
import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/** A plan action was cancelled, for the reason given. */
@Revision("1")
public record PlanActieCancelled(
        String huishoudenId,
        String casusId,
        String actieId,
        @PersonalData String reden) implements CasusEvent {
}
