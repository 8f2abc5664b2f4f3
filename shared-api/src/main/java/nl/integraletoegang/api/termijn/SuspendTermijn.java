package nl.integraletoegang.api.termijn;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Suspends a running clock (for example while an aanvraag is incomplete); the reason is required. */
public record SuspendTermijn(
        @TargetAggregateIdentifier String huishoudenId,
        String casusId,
        String termijnId,
        String reden,
        @TargetAggregateVersion Long expectedVersion) {
}
