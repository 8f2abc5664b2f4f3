package nl.integraletoegang.api.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Cancels a plan action; the reason is required. */
public record CancelPlanActie(
        @TargetAggregateIdentifier String huishoudenId,
        String casusId,
        String actieId,
        String reden,
        @TargetAggregateVersion Long expectedVersion) {
}
