package nl.integraletoegang.api.samenvoeging;

import nl.integraletoegang.api.veld.Identificatie;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Asks household {@code huishoudenId} whether it can take in {@code bronHuishoudenId}: it has an open casus, it is not
 * merged itself, and the worker knows it. Writes nothing; answers the casus that would take the hulpvragen in.
 */
public record VerifyMergeTarget(
        @Identificatie @TargetAggregateIdentifier String huishoudenId,
        @Identificatie String bronHuishoudenId) implements OpenCasusCommand {
}
