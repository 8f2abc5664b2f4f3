package nl.integraletoegang.api.termijn;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Starts the legal clock of a regime for a hulpvraag (for example when an aanvraag is received). */
public record StartTermijn(
        @TargetAggregateIdentifier String huishoudenId,
        String casusId,
        String hulpvraagId,
        String termijnId,
        String regime,
        @TargetAggregateVersion Long expectedVersion) {
}
