package nl.integraletoegang.api.termijn;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.integraletoegang.api.tijd.Tijdzone;

/**
 * The last day of a legal clock: the day people speak of ("uiterlijk 30 december"), and the one place that says how it
 * relates to the moment the clock expires. The command side computes the last day once, on the municipality's
 * calendar, and derives the expiry from it here; the termijn events carry both. Events written before they carried
 * the last day have only the expiry; their records derive it with {@link #van}, the inverse, so every reader takes
 * the day from the event and none computes it again.
 */
public final class LaatsteDag {

    private LaatsteDag() {
    }

    /** When a clock whose last day is {@code laatsteDag} expires: at the start of the day after it, in {@code zone}. */
    public static Instant vervaltOp(LocalDate laatsteDag, ZoneId zone) {
        return laatsteDag.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * {@code laatsteDag} as the event carries it, or else the day that ends at its {@code vervaltOp} on the calendar
     * the clocks were computed on (Europe/Amsterdam): the inverse of {@link #vervaltOp}.
     */
    public static LocalDate van(LocalDate laatsteDag, Instant vervaltOp) {
        if (laatsteDag != null || vervaltOp == null) {
            return laatsteDag;
        }
        return LocalDate.ofInstant(vervaltOp.minusNanos(1), Tijdzone.NEDERLAND);
    }
}
