package nl.integraletoegang.api.termijn;

/**
 * Where a legal clock stands. A running clock ({@link #LOPEND}) can be suspended, met, stopped or expire; a suspended
 * one ({@link #OPGESCHORT}) can be resumed or stopped; the other three are final.
 */
public enum TermijnStatus {
    LOPEND,
    OPGESCHORT,
    AFGEROND,
    VERLOPEN,
    GESTOPT;

    /** Whether the clock can still end in time: running or suspended. */
    public boolean isActief() {
        return this == LOPEND || this == OPGESCHORT;
    }
}
