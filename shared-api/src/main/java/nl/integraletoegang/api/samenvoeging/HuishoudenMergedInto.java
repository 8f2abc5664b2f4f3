package nl.integraletoegang.api.samenvoeging;

import nl.integraletoegang.api.casus.CasusEvent;
import org.axonframework.serialization.Revision;

/**
 * Household {@code huishoudenId} (B) is merged into {@code doelHuishoudenId} (A): its casus ended with outcome
 * SAMENGEVOEGD, and from now on it only answers reads; everything continues in A's casus {@code doelCasusId}.
 */
@Revision("1")
public record HuishoudenMergedInto(
        String huishoudenId,
        String casusId,
        String samenvoegingId,
        String doelHuishoudenId,
        String doelCasusId) implements CasusEvent {
}
