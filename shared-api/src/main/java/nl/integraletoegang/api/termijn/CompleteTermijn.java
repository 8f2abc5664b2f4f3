package nl.integraletoegang.api.termijn;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records that what the clock guards was done (the onderzoek, beschikking, first meeting, decision). */
public record CompleteTermijn(
        @TargetAggregateIdentifier String huishoudenId,
        String casusId,
        String termijnId,
        @TargetAggregateVersion Long expectedVersion) {
}
