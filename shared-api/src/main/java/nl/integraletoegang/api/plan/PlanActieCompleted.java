package nl.integraletoegang.api.plan;

import nl.integraletoegang.api.casus.CasusEvent;
import org.axonframework.serialization.Revision;

/** A plan action was done. */
@Revision("1")
public record PlanActieCompleted(
        String huishoudenId,
        String casusId,
        String actieId) implements CasusEvent {
}
