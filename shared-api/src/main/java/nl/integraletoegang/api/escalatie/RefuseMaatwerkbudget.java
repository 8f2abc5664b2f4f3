package nl.integraletoegang.api.escalatie;

import nl.integraletoegang.api.casus.CasusCommand;
import nl.integraletoegang.api.privacy.PersonalData;
import nl.integraletoegang.api.veld.Identificatie;
import nl.integraletoegang.api.veld.VrijeTekst;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Refuses the maatwerkbudget requested for a doorbraak, with a reason. Like approval, it is the act of another
 * person than the requester (the actor in the command's audit metadata).
 */
public record RefuseMaatwerkbudget(
        @Identificatie @TargetAggregateIdentifier String huishoudenId,
        @Identificatie String casusId,
        @Identificatie String doorbraakId,
        @VrijeTekst @PersonalData String reden,
        @TargetAggregateVersion Long expectedVersion) implements CasusCommand {
}
