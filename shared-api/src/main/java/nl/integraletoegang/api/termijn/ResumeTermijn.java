package nl.integraletoegang.api.termijn;

import nl.integraletoegang.api.casus.CasusCommand;
import nl.integraletoegang.api.veld.Identificatie;
import nl.integraletoegang.api.veld.VrijeTekst;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Resumes a suspended clock; the reason is required. */
public record ResumeTermijn(
        @Identificatie @TargetAggregateIdentifier String huishoudenId,
        @Identificatie String casusId,
        @Identificatie String termijnId,
        @VrijeTekst String reden,
        @TargetAggregateVersion Long expectedVersion) implements CasusCommand {
}
