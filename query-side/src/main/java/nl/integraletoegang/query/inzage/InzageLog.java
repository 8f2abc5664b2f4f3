package nl.integraletoegang.query.inzage;

import nl.integraletoegang.platform.vrager.Vrager;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.integraletoegang.platform.security.Medewerker;
import nl.integraletoegang.platform.web.CorrelationIdFilter;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The access log: every read of a household's personal data is written here before the data leaves the service, so
 * a read whose entry cannot be written fails instead of going unrecorded. Only inserts and reads; the table refuses
 * changes itself.
 */
@Component
public class InzageLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    public InzageLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void registreer(Medewerker medewerker, String huishoudenId, String casusId) {
        registreer(new Vrager(medewerker, Vrager.huidigEndpoint(), MDC.get(CorrelationIdFilter.MDC_KEY)), huishoudenId, casusId);
    }

    /** An entry for the asker of a query, with the endpoint and correlation id that travelled with it. */
    public void registreer(Vrager vrager, String huishoudenId, String casusId) {
        Medewerker medewerker = vrager.medewerker();
        jdbc.sql("""
                        INSERT INTO inzage_log (tijdstip, gebruiker, rol, team, huishouden_id, casus_id, endpoint,
                                                correlatie_id)
                        VALUES (:tijdstip, :gebruiker, :rol, :team, :huishouden, :casus, :endpoint, :correlatie)""")
                .param("tijdstip", Timestamp.from(clock.instant()))
                .param("gebruiker", medewerker.gebruikersnaam())
                .param("rol", medewerker.rol().name())
                .param("team", medewerker.team())
                .param("huishouden", huishoudenId)
                .param("casus", casusId)
                .param("endpoint", vrager.endpoint())
                .param("correlatie", vrager.correlatieId())
                .update();
    }

    /**
     * A lookup of personal data that belongs to no household yet, such as a BRP lookup: the entry names its kind
     * ({@code opzoeking}), never what was asked for.
     */
    public void registreerOpzoeking(Medewerker medewerker, String opzoeking) {
        registreerOpzoeking(new Vrager(medewerker, Vrager.huidigEndpoint(), MDC.get(CorrelationIdFilter.MDC_KEY)), opzoeking);
    }

    /** A lookup by the asker of a query, with the endpoint and correlation id that travelled with it. */
    public void registreerOpzoeking(Vrager vrager, String opzoeking) {
        Medewerker medewerker = vrager.medewerker();
        jdbc.sql("""
                        INSERT INTO inzage_log (tijdstip, gebruiker, rol, team, opzoeking, endpoint, correlatie_id)
                        VALUES (:tijdstip, :gebruiker, :rol, :team, :opzoeking, :endpoint, :correlatie)""")
                .param("tijdstip", Timestamp.from(clock.instant()))
                .param("gebruiker", medewerker.gebruikersnaam())
                .param("rol", medewerker.rol().name())
                .param("team", medewerker.team())
                .param("opzoeking", opzoeking)
                .param("endpoint", vrager.endpoint())
                .param("correlatie", vrager.correlatieId())
                .update();
    }

    /** Newest first; every filter is optional, {@code tot} is exclusive. */
    public InzageLogPagina zoek(String huishoudenId, String gebruiker, Instant van, Instant tot, int page, int size) {
        List<String> voorwaarden = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (huishoudenId != null) {
            voorwaarden.add("huishouden_id = :huishouden");
            params.put("huishouden", huishoudenId);
        }
        if (gebruiker != null) {
            voorwaarden.add("gebruiker = :gebruiker");
            params.put("gebruiker", gebruiker);
        }
        if (van != null) {
            voorwaarden.add("tijdstip >= :van");
            params.put("van", Timestamp.from(van));
        }
        if (tot != null) {
            voorwaarden.add("tijdstip < :tot");
            params.put("tot", Timestamp.from(tot));
        }
        String where = voorwaarden.isEmpty() ? "" : " WHERE " + String.join(" AND ", voorwaarden);
        long total = jdbc.sql("SELECT count(*) FROM inzage_log" + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<InzageRegel> items = jdbc.sql("SELECT * FROM inzage_log" + where
                        + " ORDER BY tijdstip DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, row) -> new InzageRegel(rs.getLong("id"), rs.getTimestamp("tijdstip").toInstant(),
                        rs.getString("gebruiker"), rs.getString("rol"), rs.getString("team"),
                        rs.getString("huishouden_id"), rs.getString("casus_id"), rs.getString("endpoint"),
                        rs.getString("correlatie_id"), rs.getString("opzoeking")))
                .list();
        return new InzageLogPagina(items, page, size, total);
    }
}
