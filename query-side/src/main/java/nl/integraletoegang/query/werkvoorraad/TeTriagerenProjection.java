package nl.integraletoegang.query.werkvoorraad;

import static nl.integraletoegang.query.werkvoorraad.Rijen.enums;
import static nl.integraletoegang.query.Tijdstippen.instant;
import static nl.integraletoegang.query.werkvoorraad.Rijen.namen;
import static nl.integraletoegang.query.Tijdstippen.tijdstip;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.integraletoegang.query.inzage.InzageLog;
import nl.integraletoegang.platform.vrager.Vrager;
import org.axonframework.messaging.MetaData;
import nl.integraletoegang.api.casus.CasusClosed;
import nl.integraletoegang.api.casus.CasusReopened;
import nl.integraletoegang.api.casus.CasusTriaged;
import nl.integraletoegang.api.casus.Dreiging;
import nl.integraletoegang.api.casus.HulpvraagRouted;
import nl.integraletoegang.api.casus.Kanaal;
import nl.integraletoegang.api.casus.Levensdomein;
import nl.integraletoegang.api.casus.MeldingRegistered;
import nl.integraletoegang.api.werkvoorraad.FindTeTriageren;
import nl.integraletoegang.api.werkvoorraad.TeTriageren;
import nl.integraletoegang.api.werkvoorraad.TeTriagerenPagina;
import nl.integraletoegang.api.werkvoorraad.Volgorde;
import nl.integraletoegang.api.werkvoorraad.WerkvoorraadWijziging.Soort;
import nl.integraletoegang.api.werkvoorraad.WerkvoorraadWijziging.Werklijst;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Per team, the hulpvragen waiting for triage: every hulpvraag at the team it currently lies with (routing moves it)
 * while its casus is open and not triaged. Triage is done once per casus, so a hulpvraag that joins a triaged casus
 * never waits here: its casusregisseur has it. A casus closed before triage and reopened waits again.
 */
@Component
@ProcessingGroup(Rijen.PROCESSING_GROUP)
class TeTriagerenProjection {

    /** Waiting hulpvragen: open and untriaged casussen only. */
    private static final String WACHTEND = """
            FROM werkvoorraad_hulpvraag h JOIN werkvoorraad_casus c ON c.casus_id = h.casus_id
            WHERE h.team = :team AND c.open AND NOT c.getrieerd""";

    private final JdbcClient jdbc;
    private final WerkvoorraadUpdates updates;
    private final Clock clock;
    private final WerkvoorraadLabelProjection labels;
    private final InzageLog inzageLog;

    TeTriagerenProjection(JdbcClient jdbc, WerkvoorraadUpdates updates, ObjectProvider<Clock> clock,
                          WerkvoorraadLabelProjection labels, InzageLog inzageLog) {
        this.jdbc = jdbc;
        this.updates = updates;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.labels = labels;
        this.inzageLog = inzageLog;
    }

    @EventHandler
    void on(MeldingRegistered event, @Timestamp Instant geregistreerdOp, @SequenceNumber long volgnummer) {
        int nieuw = jdbc.sql("""
                        INSERT INTO werkvoorraad_hulpvraag (hulpvraag_id, casus_id, huishouden_id, team, kanaal,
                            levensdomeinen, dreigingen, geregistreerd_op, volgnummer)
                        VALUES (:hulpvraagId, :casusId, :huishoudenId, :team, :kanaal, :levensdomeinen, :dreigingen,
                            :geregistreerdOp, :volgnummer)
                        ON CONFLICT (hulpvraag_id) DO NOTHING""")
                .param("hulpvraagId", event.hulpvraagId())
                .param("casusId", event.casusId())
                .param("huishoudenId", event.huishoudenId())
                .param("team", event.team())
                .param("kanaal", event.kanaal().name())
                .param("levensdomeinen", namen(event.levensdomeinen()))
                .param("dreigingen", namen(event.dreigingen()))
                .param("geregistreerdOp", tijdstip(geregistreerdOp))
                .param("volgnummer", volgnummer)
                .update();
        if (nieuw > 0 && wachtOpTriage(event.casusId())) {
            meld(event.team(), Soort.TOEGEVOEGD, event.huishoudenId(), event.casusId(), event.hulpvraagId());
        }
    }

    @EventHandler
    void on(HulpvraagRouted event, @SequenceNumber long volgnummer) {
        int verplaatst = jdbc.sql("""
                        UPDATE werkvoorraad_hulpvraag SET team = :naarTeam, volgnummer = :volgnummer
                        WHERE hulpvraag_id = :hulpvraagId AND volgnummer < :volgnummer""")
                .param("naarTeam", event.naarTeam())
                .param("hulpvraagId", event.hulpvraagId())
                .param("volgnummer", volgnummer)
                .update();
        if (verplaatst > 0 && wachtOpTriage(event.casusId())) {
            meld(event.vanTeam(), Soort.VERWIJDERD, event.huishoudenId(), event.casusId(), event.hulpvraagId());
            meld(event.naarTeam(), Soort.TOEGEVOEGD, event.huishoudenId(), event.casusId(), event.hulpvraagId());
        }
    }

    @EventHandler
    void on(CasusTriaged event) {
        meldAlleHulpvragen(event.huishoudenId(), event.casusId(), Soort.VERWIJDERD);
    }

    @EventHandler
    void on(CasusClosed event) {
        if (!isGetrieerd(event.casusId())) {
            meldAlleHulpvragen(event.huishoudenId(), event.casusId(), Soort.VERWIJDERD);
        }
    }

    @EventHandler
    void on(CasusReopened event) {
        if (!isGetrieerd(event.casusId())) {
            meldAlleHulpvragen(event.huishoudenId(), event.casusId(), Soort.TOEGEVOEGD);
        }
    }

    private boolean wachtOpTriage(String casusId) {
        return jdbc.sql("SELECT open AND NOT getrieerd FROM werkvoorraad_casus WHERE casus_id = :casusId")
                .param("casusId", casusId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    private boolean isGetrieerd(String casusId) {
        return jdbc.sql("SELECT getrieerd FROM werkvoorraad_casus WHERE casus_id = :casusId")
                .param("casusId", casusId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    private void meldAlleHulpvragen(String huishoudenId, String casusId, Soort soort) {
        record Hulpvraag(String id, String team) {
        }
        List<Hulpvraag> hulpvragen = jdbc.sql("SELECT hulpvraag_id, team FROM werkvoorraad_hulpvraag "
                        + "WHERE casus_id = :casusId")
                .param("casusId", casusId)
                .query((rs, row) -> new Hulpvraag(rs.getString("hulpvraag_id"), rs.getString("team")))
                .list();
        hulpvragen.forEach(hulpvraag -> meld(hulpvraag.team(), soort, huishoudenId, casusId, hulpvraag.id()));
    }

    private void meld(String team, Soort soort, String huishoudenId, String casusId, String hulpvraagId) {
        updates.meld(team, Werklijst.TE_TRIAGEREN, soort, huishoudenId, casusId, hulpvraagId);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE werkvoorraad_hulpvraag").update();
    }

    /** Only for the team's access workers; each household on the page is a read of personal data (its label). */
    @QueryHandler
    TeTriagerenPagina handle(FindTeTriageren query, MetaData metaData) {
        Vrager vrager = WerklijstToegang.vanTeam(metaData, query.team());
        Instant nu = clock.instant();
        String richting = query.volgorde() == Volgorde.NIEUWSTE_EERST ? "DESC" : "ASC";
        List<TeTriageren> items = jdbc.sql("""
                        SELECT h.hulpvraag_id, h.casus_id, h.huishouden_id, h.kanaal, h.levensdomeinen, h.dreigingen,
                            h.geregistreerd_op
                        %s
                        ORDER BY h.geregistreerd_op %s, h.hulpvraag_id
                        LIMIT :size OFFSET :offset""".formatted(WACHTEND, richting))
                .param("team", query.team())
                .param("size", query.size())
                .param("offset", (long) query.page() * query.size())
                .query((rs, row) -> {
                    Instant geregistreerdOp = instant(rs, "geregistreerd_op");
                    Duration wachttijd = Duration.between(geregistreerdOp, nu);
                    return new TeTriageren(rs.getString("hulpvraag_id"), rs.getString("casus_id"),
                            rs.getString("huishouden_id"), null, Kanaal.valueOf(rs.getString("kanaal")),
                            enums(rs.getArray("levensdomeinen"), Levensdomein.class),
                            enums(rs.getArray("dreigingen"), Dreiging.class), geregistreerdOp, wachttijd,
                            wachttijd.toDays());
                })
                .list();
        long total = jdbc.sql("SELECT count(*) " + WACHTEND)
                .param("team", query.team())
                .query(Long.class)
                .single();
        Map<String, String> label = labels.labels(items.stream().map(TeTriageren::huishoudenId).toList());
        List<TeTriageren> metLabel = items.stream().map(item -> new TeTriageren(item.hulpvraagId(), item.casusId(),
                item.huishoudenId(), label.get(item.huishoudenId()), item.kanaal(), item.levensdomeinen(),
                item.dreigingen(), item.geregistreerdOp(), item.wachttijd(), item.wachtdagen())).toList();
        metLabel.forEach(item -> inzageLog.registreer(vrager, item.huishoudenId(), item.casusId()));
        return new TeTriagerenPagina(metLabel, query.page(), query.size(), total);
    }
}
