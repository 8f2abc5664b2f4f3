package nl.integraletoegang.api.termijn;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Resumes a suspended clock; the reason is required. */
public record ResumeTermijn(
        @TargetAggregateIdentifier String huishoudenId,
        String casusId,
        String termijnId,
        String reden,
        @TargetAggregateVersion Long expectedVersion) {
}
