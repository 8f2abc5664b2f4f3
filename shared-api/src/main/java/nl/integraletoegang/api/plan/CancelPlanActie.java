package nl.integraletoegang.api.plan;

import nl.integraletoegang.api.casus.CasusCommand;
import nl.integraletoegang.api.veld.Identificatie;
import nl.integraletoegang.api.veld.VrijeTekst;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Cancels a plan action; the reason is required. */
public record CancelPlanActie(
        @Identificatie @TargetAggregateIdentifier String huishoudenId,
        @Identificatie String casusId,
        @Identificatie String actieId,
        @VrijeTekst String reden,
        @TargetAggregateVersion Long expectedVersion) implements CasusCommand {
}
