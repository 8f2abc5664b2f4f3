package nl.integraletoegang.api.samenvoeging;

import nl.integraletoegang.api.veld.Identificatie;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The last step: A took everything in, so B's casus ends with outcome SAMENGEVOEGD and B is merged into A. */
public record CompleteHuishoudenMerge(
        @Identificatie @TargetAggregateIdentifier String huishoudenId,
        @Identificatie String samenvoegingId) {
}
