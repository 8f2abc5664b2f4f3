package nl.integraletoegang.query.figuren;

/**
 * Where a legal clock stands in the compliance figures ({@code figuur_termijn.status}): still running, or how it ended
 * for the law. Unlike the contract's {@code TermijnStatus}, the figures do not tell a met clock from an expired one
 * but whether the limit was kept: met in time, late (expired, or met after its expiry), or stopped.
 */
public enum NalevingStatus {
    LOPEND,
    OP_TIJD,
    TE_LAAT,
    GESTOPT
}
