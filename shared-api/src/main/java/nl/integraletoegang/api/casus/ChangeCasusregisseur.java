package nl.integraletoegang.api.casus;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Hands the casus to another casusregisseur: rare, explicit, and with a reason. */
public record ChangeCasusregisseur(
        @TargetAggregateIdentifier String huishoudenId,
        String casusId,
        Casusregisseur nieuweRegisseur,
        String reden,
        @TargetAggregateVersion Long expectedVersion) {
}
