package nl.integraletoegang.api.escalatie;

import nl.integraletoegang.api.casus.CasusCommand;
import nl.integraletoegang.api.veld.Identificatie;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Approves the maatwerkbudget requested for a doorbraak. The approver is whoever sends the command (the actor in its
 * audit metadata), and must be another person than the requester.
 */
public record ApproveMaatwerkbudget(
        @Identificatie @TargetAggregateIdentifier String huishoudenId,
        @Identificatie String casusId,
        @Identificatie String doorbraakId,
        @TargetAggregateVersion Long expectedVersion) implements CasusCommand {
}
