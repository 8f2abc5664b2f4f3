package nl.integraletoegang.api.termijn;

import nl.integraletoegang.api.casus.CasusCommand;
import nl.integraletoegang.api.veld.Code;
import nl.integraletoegang.api.veld.Identificatie;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Starts the legal clock of a regime for a hulpvraag (for example when an aanvraag is received). */
public record StartTermijn(
        @Identificatie @TargetAggregateIdentifier String huishoudenId,
        @Identificatie String casusId,
        @Identificatie String hulpvraagId,
        @Identificatie String termijnId,
        @Code String regime,
        @TargetAggregateVersion Long expectedVersion) implements CasusCommand {
}
