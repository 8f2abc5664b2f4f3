package nl.integraletoegang.api.samenvoeging;

import nl.integraletoegang.api.veld.Identificatie;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The second step: household {@code huishoudenId} (A) takes in what {@code bronHuishoudenId} (B) handed over in merge
 * {@code samenvoegingId}. The handover itself is read from B's recorded {@link HuishoudenMergeStarted}, so this
 * command carries no personal data. Idempotent: a merge already taken in is not taken in twice.
 */
public record AbsorbHuishouden(
        @Identificatie @TargetAggregateIdentifier String huishoudenId,
        @Identificatie String samenvoegingId,
        @Identificatie String bronHuishoudenId) {
}
