package nl.integraletoegang.api.termijn;

import java.time.Instant;
import java.time.LocalDate;
import nl.integraletoegang.api.tijd.Tijdzone;

/**
 * The last day of a legal clock: the day people speak of ("uiterlijk 30 december"). The command side computes it
 * once, on the municipality's calendar, and the termijn events carry it, so every reader shows the same day. Events
 * written before they carried it have only the expiry, the start of the day after the last day on the default
 * calendar (Europe/Amsterdam); their last day is the day that expiry ends.
 */
public final class LaatsteDag {

    private LaatsteDag() {
    }

    /** {@code laatsteDag} as the event carries it, or else derived from its {@code vervaltOp}. */
    public static LocalDate van(LocalDate laatsteDag, Instant vervaltOp) {
        if (laatsteDag != null || vervaltOp == null) {
            return laatsteDag;
        }
        return LocalDate.ofInstant(vervaltOp.minusNanos(1), Tijdzone.NEDERLAND);
    }
}
