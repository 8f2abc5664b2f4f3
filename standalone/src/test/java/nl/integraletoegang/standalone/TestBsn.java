package nl.integraletoegang.standalone;

import java.util.concurrent.atomic.AtomicLong;
import nl.integraletoegang.api.casus.Bsn;

/**
 * Fresh valid BSNs (elfproef) for tests: one BSN belongs to at most one household with an open casus, so tests that
 * register households on one database each need their own. Fictitious numbers of a range of their own per JVM.
 */
public final class TestBsn {

    private static final AtomicLong VOLGENDE = new AtomicLong(300_000_000L + (System.nanoTime() % 100_000) * 1000);

    private TestBsn() {
    }

    public static String nieuw() {
        while (true) {
            String kandidaat = String.valueOf(VOLGENDE.getAndIncrement());
            if (Bsn.isValid(kandidaat)) {
                return kandidaat;
            }
        }
    }
}
