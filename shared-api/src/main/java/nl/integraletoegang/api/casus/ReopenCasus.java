package nl.integraletoegang.api.casus;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Reopens the household's most recently closed casus, for the reason given. */
public record ReopenCasus(
        @TargetAggregateIdentifier String huishoudenId,
        String casusId,
        String reden,
        @TargetAggregateVersion Long expectedVersion) {
}
