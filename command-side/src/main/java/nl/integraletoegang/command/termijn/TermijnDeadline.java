package nl.integraletoegang.command.termijn;

import java.time.Instant;

/**
 * The payload of a scheduled termijn deadline: which clock, which moment (warning or expiry) and the expiry it was
 * scheduled for. A deadline whose expiry no longer matches the clock (it was suspended and resumed since) is stale
 * and ignored, so a missed cancellation can never produce a false alarm. Its class name is stored with every scheduled
 * deadline (db-scheduler), so it keeps its name and package while the household's clocks schedule it.
 */
public record TermijnDeadline(String termijnId, Soort soort, Instant vervaltOp) {

    public enum Soort { WAARSCHUWING, VERVAL }

    /** The deadline's name in the household's scope: scheduling again or cancelling finds it by this name. */
    public String name() {
        return "termijn-" + soort.name().toLowerCase() + "-" + termijnId;
    }
}
