package nl.integraletoegang.api.samenvoeging;

import java.time.Instant;
import java.util.List;

/**
 * The merges of household {@code huishoudenId}, newest first. {@code samengevoegdIn} names the household it was merged
 * into (absent unless it was); a household that was merged only answers reads.
 */
public record Samenvoegingen(String huishoudenId, String samengevoegdIn, List<Samenvoeging> samenvoegingen) {

    public Samenvoegingen {
        samenvoegingen = List.copyOf(samenvoegingen);
    }

    /**
     * One merge of {@code bronHuishoudenId} into {@code doelHuishoudenId} and where it stands; {@code regel} is why a
     * cancelled one was cancelled.
     */
    public record Samenvoeging(String samenvoegingId, String bronHuishoudenId, String bronCasusId,
                               String doelHuishoudenId, String doelCasusId, SamenvoegingStatus status,
                               Instant gestartOp, Instant afgerondOp, String regel) {
    }
}
