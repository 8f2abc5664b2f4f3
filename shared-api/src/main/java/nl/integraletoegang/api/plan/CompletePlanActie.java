package nl.integraletoegang.api.plan;

import nl.integraletoegang.api.casus.CasusCommand;
import nl.integraletoegang.api.veld.Identificatie;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Marks a plan action as done. */
public record CompletePlanActie(
        @Identificatie @TargetAggregateIdentifier String huishoudenId,
        @Identificatie String casusId,
        @Identificatie String actieId,
        @TargetAggregateVersion Long expectedVersion) implements CasusCommand {
}
