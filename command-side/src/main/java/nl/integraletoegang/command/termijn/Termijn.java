package nl.integraletoegang.command.termijn;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A computed clock: its last day is {@code laatsteDag}, so it expires at {@code vervaltOp} (the start of the day after
 * it) and warns at {@code waarschuwingOp}.
 */
public record Termijn(LocalDate laatsteDag, Instant vervaltOp, Instant waarschuwingOp, boolean spoed) {
}
