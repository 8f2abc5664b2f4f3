package nl.integraletoegang.query.historie;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.integraletoegang.api.audit.AuditMetadata;
import nl.integraletoegang.api.casus.CasusEvent;
import nl.integraletoegang.api.historie.CasusHistorie;
import nl.integraletoegang.api.historie.FindCasusHistorie;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The audit history of every casus: one row per event with who, role, team, why and when. */
@Component
@ProcessingGroup("casushistorie")
class CasusHistorieProjection {

    private final JdbcClient jdbc;
    private final Gebeurtenissen gebeurtenissen;

    CasusHistorieProjection(JdbcClient jdbc, Gebeurtenissen gebeurtenissen) {
        this.jdbc = jdbc;
        this.gebeurtenissen = gebeurtenissen;
    }

    @EventHandler
    void on(CasusEvent event, DomainEventMessage<?> message) {
        MetaData metaData = message.getMetaData();
        Gebeurtenissen.Beschrijving beschrijving = gebeurtenissen.beschrijf(event);
        jdbc.sql("""
                        INSERT INTO casus_historie (event_id, casus_id, huishouden_id, volgnummer, tijdstip, gebeurtenis,
                            omschrijving, actor, rol, team, reden, correlatie_id)
                        VALUES (:eventId, :casusId, :huishoudenId, :volgnummer, :tijdstip, :gebeurtenis,
                            :omschrijving, :actor, :rol, :team, :reden, :correlatieId)
                        ON CONFLICT (event_id) DO NOTHING""")
                .param("eventId", message.getIdentifier())
                .param("casusId", event.casusId())
                .param("huishoudenId", event.huishoudenId())
                .param("volgnummer", message.getSequenceNumber())
                .param("tijdstip", message.getTimestamp().atOffset(ZoneOffset.UTC))
                .param("gebeurtenis", beschrijving.naam())
                .param("omschrijving", beschrijving.omschrijving())
                .param("actor", metaData.get(AuditMetadata.ACTOR))
                .param("rol", metaData.get(AuditMetadata.ROLE))
                .param("team", metaData.get(AuditMetadata.TEAM))
                .param("reden", metaData.get(AuditMetadata.REASON))
                .param("correlatieId", metaData.get(AuditMetadata.CORRELATION_ID))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE casus_historie").update();
    }

    @QueryHandler
    Optional<CasusHistorie> handle(FindCasusHistorie query) {
        List<Row> rows = jdbc.sql("""
                        SELECT huishouden_id, volgnummer, tijdstip, gebeurtenis, omschrijving, actor, rol, team, reden,
                            correlatie_id
                        FROM casus_historie WHERE casus_id = :casusId ORDER BY volgnummer""")
                .param("casusId", query.casusId())
                .query((rs, rowNum) -> new Row(rs.getString("huishouden_id"), new CasusHistorie.Regel(
                        rs.getLong("volgnummer"), rs.getTimestamp("tijdstip").toInstant(), rs.getString("gebeurtenis"),
                        rs.getString("omschrijving"), rs.getString("actor"), rs.getString("rol"), rs.getString("team"),
                        rs.getString("reden"), rs.getString("correlatie_id"))))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CasusHistorie(query.casusId(), rows.get(0).huishoudenId(),
                rows.stream().map(Row::regel).toList()));
    }

    private record Row(String huishoudenId, CasusHistorie.Regel regel) {
    }
}
