package nl.integraletoegang.api.escalatie;

import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Refuses the maatwerkbudget requested for a doorbraak, with a reason. Like approval, it is the act of another
 * person than the requester (the actor in the command's audit metadata).
 */
public record RefuseMaatwerkbudget(
        @TargetAggregateIdentifier String huishoudenId,
        String casusId,
        String doorbraakId,
        @PersonalData String reden,
        @TargetAggregateVersion Long expectedVersion) {
}
