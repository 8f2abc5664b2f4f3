package nl.integraletoegang.api.escalatie;

import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Hands the casus back to the casusregisseur with the plan all parties agreed to (afschalen). */
public record HandBackCasus(
        @TargetAggregateIdentifier String huishoudenId,
        String casusId,
        @PersonalData String afgesprokenPlan,
        @TargetAggregateVersion Long expectedVersion) {
}
