package nl.integraletoegang.api.termijn;

import nl.integraletoegang.api.casus.CasusCommand;
import nl.integraletoegang.api.veld.Identificatie;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records that what the clock guards was done (the onderzoek, beschikking, first meeting, decision). */
public record CompleteTermijn(
        @Identificatie @TargetAggregateIdentifier String huishoudenId,
        @Identificatie String casusId,
        @Identificatie String termijnId,
        @TargetAggregateVersion Long expectedVersion) implements CasusCommand {
}
