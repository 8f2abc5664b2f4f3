package nl.integraletoegang.api.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Marks a plan action as done. */
public record CompletePlanActie(
        @TargetAggregateIdentifier String huishoudenId,
        String casusId,
        String actieId,
        @TargetAggregateVersion Long expectedVersion) {
}
