package nl.integraletoegang.api.escalatie;

import nl.integraletoegang.api.casus.CasusCommand;
import nl.integraletoegang.api.privacy.PersonalData;
import nl.integraletoegang.api.veld.Identificatie;
import nl.integraletoegang.api.veld.VrijeTekst;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Hands the casus back to the casusregisseur with the plan all parties agreed to (afschalen). */
public record HandBackCasus(
        @Identificatie @TargetAggregateIdentifier String huishoudenId,
        @Identificatie String casusId,
        @VrijeTekst(max = VrijeTekst.LANG) @PersonalData String afgesprokenPlan,
        @TargetAggregateVersion Long expectedVersion) implements CasusCommand {
}
