package nl.integraletoegang.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.integraletoegang.api.tijd.Tijdzone;

/**
 * Moments to and from {@code timestamptz} columns: the PostgreSQL driver takes and gives {@link OffsetDateTime},
 * not {@link Instant}.
 */
public final class Tijdstippen {

    /**
     * The default of the query side's configurable time zones ({@code integrale-toegang.termijnen.tijdzone},
     * {@code integrale-toegang.figuren.tijdzone}) for {@code @Value}: the contract's {@link Tijdzone#NEDERLAND}, so
     * an unset property means the same calendar as everywhere else.
     */
    public static final String TIJDZONE = "#{T(nl.integraletoegang.api.tijd.Tijdzone).NEDERLAND}";

    private Tijdstippen() {
    }

    public static OffsetDateTime tijdstip(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet rs, String kolom) throws SQLException {
        OffsetDateTime waarde = rs.getObject(kolom, OffsetDateTime.class);
        return waarde == null ? null : waarde.toInstant();
    }
}
