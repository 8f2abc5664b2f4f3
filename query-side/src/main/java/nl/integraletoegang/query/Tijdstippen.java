package nl.integraletoegang.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Moments to and from {@code timestamptz} columns: the PostgreSQL driver takes and gives {@link OffsetDateTime},
 * not {@link Instant}.
 */
public final class Tijdstippen {

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
