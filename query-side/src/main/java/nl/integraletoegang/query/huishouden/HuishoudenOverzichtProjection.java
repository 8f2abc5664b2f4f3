package nl.integraletoegang.query.huishouden;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.integraletoegang.api.casus.CasusOpened;
import nl.integraletoegang.api.casus.Kanaal;
import nl.integraletoegang.api.casus.Levensdomein;
import nl.integraletoegang.api.casus.MeldingRegistered;
import nl.integraletoegang.api.huishouden.FindHuishoudenOverzicht;
import nl.integraletoegang.api.huishouden.HuishoudenOverzicht;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The household overview: which casus is open for a household and which hulpvragen it holds. */
@Component
@ProcessingGroup(HuishoudenOverzichtProjection.PROCESSING_GROUP)
class HuishoudenOverzichtProjection {

    static final String PROCESSING_GROUP = "huishoudenoverzicht";
    private static final String OPEN = "OPEN";

    private final JdbcClient jdbc;

    HuishoudenOverzichtProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CasusOpened event, @Timestamp Instant openedAt) {
        jdbc.sql("""
                        INSERT INTO casus_overzicht (casus_id, huishouden_id, status, geopend_op)
                        VALUES (:casusId, :huishoudenId, :status, :openedAt)
                        ON CONFLICT (casus_id) DO NOTHING""")
                .param("casusId", event.casusId())
                .param("huishoudenId", event.huishoudenId())
                .param("status", OPEN)
                .param("openedAt", openedAt.atOffset(ZoneOffset.UTC))
                .update();
    }

    @EventHandler
    void on(MeldingRegistered event, @Timestamp Instant registeredAt) {
        jdbc.sql("""
                        INSERT INTO hulpvraag_overzicht
                            (hulpvraag_id, casus_id, kanaal, team, levensdomeinen, omschrijving, geregistreerd_op)
                        VALUES (:hulpvraagId, :casusId, :kanaal, :team, :levensdomeinen, :omschrijving, :registeredAt)
                        ON CONFLICT (hulpvraag_id) DO NOTHING""")
                .param("hulpvraagId", event.hulpvraagId())
                .param("casusId", event.casusId())
                .param("kanaal", event.kanaal().name())
                .param("team", event.team())
                .param("levensdomeinen", event.levensdomeinen().stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("omschrijving", event.omschrijving())
                .param("registeredAt", registeredAt.atOffset(ZoneOffset.UTC))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE hulpvraag_overzicht, casus_overzicht").update();
    }

    @QueryHandler
    Optional<HuishoudenOverzicht> handle(FindHuishoudenOverzicht query) {
        List<String> casusIds = jdbc.sql("""
                        SELECT casus_id FROM casus_overzicht WHERE huishouden_id = :huishoudenId
                        ORDER BY geopend_op""")
                .param("huishoudenId", query.huishoudenId())
                .query(String.class)
                .list();
        if (casusIds.isEmpty()) {
            return Optional.empty();
        }
        Optional<HuishoudenOverzicht.OpenCasus> openCasus = jdbc.sql("""
                        SELECT casus_id, geopend_op FROM casus_overzicht
                        WHERE huishouden_id = :huishoudenId AND status = :status""")
                .param("huishoudenId", query.huishoudenId())
                .param("status", OPEN)
                .query((rs, row) -> new HuishoudenOverzicht.OpenCasus(rs.getString("casus_id"),
                        rs.getTimestamp("geopend_op").toInstant(), hulpvragen(rs.getString("casus_id"))))
                .optional();
        return Optional.of(new HuishoudenOverzicht(query.huishoudenId(), openCasus.orElse(null)));
    }

    private List<HuishoudenOverzicht.Hulpvraag> hulpvragen(String casusId) {
        return jdbc.sql("""
                        SELECT hulpvraag_id, kanaal, team, levensdomeinen, omschrijving, geregistreerd_op
                        FROM hulpvraag_overzicht WHERE casus_id = :casusId ORDER BY geregistreerd_op, hulpvraag_id""")
                .param("casusId", casusId)
                .query(HuishoudenOverzichtProjection::hulpvraag)
                .list();
    }

    private static HuishoudenOverzicht.Hulpvraag hulpvraag(ResultSet rs, int row) throws SQLException {
        return new HuishoudenOverzicht.Hulpvraag(rs.getString("hulpvraag_id"), Kanaal.valueOf(rs.getString("kanaal")),
                rs.getString("team"), levensdomeinen(rs.getArray("levensdomeinen")), rs.getString("omschrijving"),
                rs.getTimestamp("geregistreerd_op").toInstant());
    }

    private static Set<Levensdomein> levensdomeinen(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(Levensdomein::valueOf).collect(Collectors.toSet());
    }
}
