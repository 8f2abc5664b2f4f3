package nl.integraletoegang.command.generator;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * "Now" of the thread that generates history: a generator thread sets the moment in the past it is acting at, every
 * other thread reads the system clock. Installed as Axon's event clock ({@code GenericEventMessage.clock}) and as the
 * {@link Clock} bean, so the events of a generated household carry their historical timestamps (the management figures
 * derive from them) and the termijnen are computed from the same moment, while the service's own work in the same
 * process keeps the real time.
 */
final class SimulatieKlok extends Clock {

    static final SimulatieKlok INSTANCE = new SimulatieKlok();

    private static final ThreadLocal<Instant> NU = new ThreadLocal<>();
    private static final Clock SYSTEEM = Clock.systemUTC();

    private SimulatieKlok() {
    }

    /** Whether the current thread acts in the past. */
    static boolean isActief() {
        return NU.get() != null;
    }

    static void zet(Instant nu) {
        NU.set(nu);
    }

    static void wis() {
        NU.remove();
    }

    @Override
    public Instant instant() {
        Instant nu = NU.get();
        return nu != null ? nu : SYSTEEM.instant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? this : new Gezoneerd(zone);
    }

    /** The same moments, seen in another zone. */
    private static final class Gezoneerd extends Clock {

        private final ZoneId zone;

        Gezoneerd(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public Instant instant() {
            return INSTANCE.instant();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId andere) {
            return INSTANCE.withZone(andere);
        }
    }
}
