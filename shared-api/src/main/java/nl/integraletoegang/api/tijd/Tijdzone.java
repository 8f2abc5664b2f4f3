package nl.integraletoegang.api.tijd;

import java.time.ZoneId;

/**
 * The municipality's calendar. Days people speak of (a termijn's last day, "today" on a work list, a month in the
 * figures, a day in the access log) are days in this zone, on every node whatever the JVM's default zone.
 */
public final class Tijdzone {

    public static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private Tijdzone() {
    }
}
