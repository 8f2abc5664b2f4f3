package nl.integraletoegang.query.historie;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.integraletoegang.api.audit.AuditMetadata;
import nl.integraletoegang.api.audit.Identiteit;
import nl.integraletoegang.api.casus.CasusEvent;
import nl.integraletoegang.api.historie.CasusHistorie;
import nl.integraletoegang.api.historie.FindCasusHistorie;
import nl.integraletoegang.api.privacy.Gewist;
import nl.integraletoegang.api.privacy.PersoonsgegevensGewist;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.MetaData;
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
                .param("actor", Identiteit.normaliseer((String) metaData.get(AuditMetadata.ACTOR)))
                .param("rol", metaData.get(AuditMetadata.ROLE))
                .param("team", metaData.get(AuditMetadata.TEAM))
                .param("reden", reden(metaData, beschrijving))
                .param("correlatieId", metaData.get(AuditMetadata.CORRELATION_ID))
                .update();
    }

    /**
     * The reason the worker gave with the request, or else the free text the step itself carries (an escalation's
     * toelichting, a besluit, an agreed plan): the why an auditor asks for, beyond an enum.
     */
    private static String reden(MetaData metaData, Gebeurtenissen.Beschrijving beschrijving) {
        Object gegeven = metaData.get(AuditMetadata.REASON);
        if (gegeven instanceof String tekst && !tekst.isBlank()) {
            return tekst;
        }
        String getypt = beschrijving.reden();
        return getypt == null || getypt.isBlank() ? null : getypt;
    }

    /** The reasons workers typed are free text about the household: erased with the household's personal data. */
    @EventHandler
    void on(PersoonsgegevensGewist event) {
        if (event.subjectId().equals(event.huishoudenId())) {
            jdbc.sql("UPDATE casus_historie SET reden = :gewist WHERE huishouden_id = :huishoudenId AND reden IS NOT NULL")
                    .param("gewist", Gewist.PLAATSHOUDER)
                    .param("huishoudenId", event.huishoudenId())
                    .update();
        }
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE casus_historie").update();
    }

    /** The page asked for, without any check: the query handler ({@link CasusHistorieInzage}) checks first. */
    Optional<CasusHistorie> handle(FindCasusHistorie query) {
        Optional<String> huishoudenId = jdbc.sql("SELECT huishouden_id FROM casus_historie WHERE casus_id = :casusId LIMIT 1")
                .param("casusId", query.casusId())
                .query(String.class)
                .optional();
        if (huishoudenId.isEmpty()) {
            return Optional.empty();
        }
        String filter = "casus_id = :casusId AND (CAST(:actor AS VARCHAR) IS NULL OR actor = :actor)";
        long totaal = jdbc.sql("SELECT count(*) FROM casus_historie WHERE " + filter)
                .param("casusId", query.casusId()).param("actor", Identiteit.normaliseer(query.actor()))
                .query(Long.class).single();
        List<CasusHistorie.Regel> regels = jdbc.sql("""
                        SELECT volgnummer, tijdstip, gebeurtenis, omschrijving, actor, rol, team, reden, correlatie_id
                        FROM casus_historie WHERE %s ORDER BY volgnummer %s LIMIT :grootte OFFSET :vanaf"""
                        .formatted(filter, query.nieuwsteEerst() ? "DESC" : "ASC"))
                .param("casusId", query.casusId()).param("actor", Identiteit.normaliseer(query.actor()))
                .param("grootte", query.grootte())
                .param("vanaf", (long) query.pagina() * query.grootte())
                .query((rs, rowNum) -> new CasusHistorie.Regel(rs.getLong("volgnummer"),
                        rs.getTimestamp("tijdstip").toInstant(), rs.getString("gebeurtenis"),
                        rs.getString("omschrijving"), rs.getString("actor"), rs.getString("rol"), rs.getString("team"),
                        rs.getString("reden"), rs.getString("correlatie_id")))
                .list();
        return Optional.of(new CasusHistorie(query.casusId(), huishoudenId.get(), regels, totaal, query.pagina(),
                query.grootte()));
    }
}
