package nl.integraletoegang.api.escalatie;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Approves the maatwerkbudget requested for a doorbraak. The approver is whoever sends the command (the actor in its
 * audit metadata), and must be another person than the requester.
 */
public record ApproveMaatwerkbudget(
        @TargetAggregateIdentifier String huishoudenId,
        String casusId,
        String doorbraakId,
        @TargetAggregateVersion Long expectedVersion) {
}
