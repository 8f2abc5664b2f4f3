package nl.integraletoegang.command.termijn;

import java.time.Instant;

/**
 * A computed clock: it expires at {@code vervaltOp} (the start of the day after its last day) and warns at
 * {@code waarschuwingOp}.
 */
public record Termijn(Instant vervaltOp, Instant waarschuwingOp, boolean spoed) {
}
