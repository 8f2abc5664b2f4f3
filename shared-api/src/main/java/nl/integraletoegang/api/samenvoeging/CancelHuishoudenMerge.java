package nl.integraletoegang.api.samenvoeging;

import nl.integraletoegang.api.veld.Identificatie;
import nl.integraletoegang.api.veld.VrijeTekst;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The compensation: A could not take B in ({@code regel} names why, {@code toelichting} explains it), so B's merge is
 * cancelled and B is as it was before.
 */
public record CancelHuishoudenMerge(
        @Identificatie @TargetAggregateIdentifier String huishoudenId,
        @Identificatie String samenvoegingId,
        @Identificatie String regel,
        @VrijeTekst String toelichting) {
}
