package nl.integraletoegang.api.casus;

import nl.integraletoegang.api.veld.Identificatie;
import nl.integraletoegang.api.veld.VrijeTekst;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Reopens the household's most recently closed casus, for the reason given. */
public record ReopenCasus(
        @Identificatie @TargetAggregateIdentifier String huishoudenId,
        @Identificatie String casusId,
        @VrijeTekst String reden,
        @TargetAggregateVersion Long expectedVersion) implements CasusCommand {
}
