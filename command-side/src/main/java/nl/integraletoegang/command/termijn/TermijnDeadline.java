package nl.integraletoegang.command.termijn;

import java.time.Instant;

/**
 * The payload of a scheduled termijn deadline: which clock, which moment (warning or expiry) and the expiry it was
 * scheduled for. A deadline whose expiry no longer matches the clock (it was suspended and resumed since) is stale
 * and ignored, so a missed cancellation can never produce a false alarm.
 */
public record TermijnDeadline(String termijnId, Soort soort, Instant vervaltOp) {

    public enum Soort { WAARSCHUWING, VERVAL }

    String name() {
        return "termijn-" + soort.name().toLowerCase() + "-" + termijnId;
    }
}
