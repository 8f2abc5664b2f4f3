package nl.integraletoegang.api.samenvoeging;

import nl.integraletoegang.api.casus.CasusEvent;
import org.axonframework.serialization.Revision;

/**
 * The merge of household {@code huishoudenId} (B) into {@code doelHuishoudenId} (A) was cancelled because A could not
 * take B in ({@code regel}, explained in {@code toelichting}); B is as it was before and accepts writes again.
 */
@Revision("1")
public record HuishoudenMergeCancelled(
        String huishoudenId,
        String casusId,
        String samenvoegingId,
        String doelHuishoudenId,
        String regel,
        String toelichting) implements CasusEvent {
}
