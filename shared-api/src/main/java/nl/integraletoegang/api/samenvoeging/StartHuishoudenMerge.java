package nl.integraletoegang.api.samenvoeging;

import nl.integraletoegang.api.veld.Identificatie;
import nl.integraletoegang.api.veld.VrijeTekst;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The first step of merging household {@code huishoudenId} (B, registered twice) into {@code doelHuishoudenId} (A):
 * B records what it hands over and accepts no other write until the merge completes or is cancelled.
 */
public record StartHuishoudenMerge(
        @Identificatie @TargetAggregateIdentifier String huishoudenId,
        @Identificatie String samenvoegingId,
        @Identificatie String doelHuishoudenId,
        @Identificatie String doelCasusId,
        @VrijeTekst String reden) implements OpenCasusCommand {
}
