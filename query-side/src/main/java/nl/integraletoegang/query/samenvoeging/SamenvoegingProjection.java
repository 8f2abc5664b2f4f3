package nl.integraletoegang.query.samenvoeging;

import static nl.integraletoegang.query.Tijdstippen.tijdstip;

import java.time.Instant;
import java.util.List;
import nl.integraletoegang.api.casus.Persoon;
import nl.integraletoegang.api.plan.Actie;
import nl.integraletoegang.api.plan.ActieStatus;
import nl.integraletoegang.api.samenvoeging.FindSamenvoegingen;
import nl.integraletoegang.api.samenvoeging.HuishoudenAbsorbed;
import nl.integraletoegang.api.samenvoeging.HuishoudenMergeCancelled;
import nl.integraletoegang.api.samenvoeging.HuishoudenMergeStarted;
import nl.integraletoegang.api.samenvoeging.HuishoudenMergedInto;
import nl.integraletoegang.api.samenvoeging.Overdracht;
import nl.integraletoegang.api.samenvoeging.SamenvoegingStatus;
import nl.integraletoegang.api.samenvoeging.Samenvoegingen;
import nl.integraletoegang.api.termijn.LaatsteDag;
import nl.integraletoegang.query.Tijdstippen;
import nl.integraletoegang.query.huishouden.HuishoudenLabels;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Merges in the household overview's read model (its processing group, so a merge lands in order with the rows it
 * moves): the merge itself, seen from both households, and what A took in. A's event carries the whole handover, so
 * the rows are upserted from it (not moved by reference to B's rows), whichever order the households' events are
 * replayed in; every handler is idempotent.
 */
@Component
@ProcessingGroup("huishoudenoverzicht")
class SamenvoegingProjection {

    private final JdbcClient jdbc;
    private final HuishoudenLabels labels;

    SamenvoegingProjection(JdbcClient jdbc, HuishoudenLabels labels) {
        this.jdbc = jdbc;
        this.labels = labels;
    }

    @EventHandler
    void on(HuishoudenMergeStarted event, @Timestamp Instant at) {
        jdbc.sql("""
                        INSERT INTO samenvoeging_overzicht (samenvoeging_id, bron_huishouden_id, bron_casus_id,
                            doel_huishouden_id, doel_casus_id, status, gestart_op)
                        VALUES (:id, :bron, :bronCasus, :doel, :doelCasus, :gestart, :at)
                        ON CONFLICT (samenvoeging_id) DO NOTHING""")
                .param("gestart", SamenvoegingStatus.GESTART.name())
                .param("id", event.samenvoegingId()).param("bron", event.huishoudenId())
                .param("bronCasus", event.casusId()).param("doel", event.doelHuishoudenId())
                .param("doelCasus", event.doelCasusId()).param("at", tijdstip(at))
                .update();
    }

    @EventHandler
    void on(HuishoudenAbsorbed event, @Timestamp Instant at) {
        jdbc.sql("""
                        INSERT INTO samenvoeging_overzicht (samenvoeging_id, bron_huishouden_id, bron_casus_id,
                            doel_huishouden_id, doel_casus_id, status, gestart_op)
                        VALUES (:id, :bron, :bronCasus, :doel, :doelCasus, :opgenomen, :at)
                        ON CONFLICT (samenvoeging_id) DO UPDATE SET status = :opgenomen
                        WHERE samenvoeging_overzicht.status = :gestart""")
                .param("opgenomen", SamenvoegingStatus.OPGENOMEN.name())
                .param("gestart", SamenvoegingStatus.GESTART.name())
                .param("id", event.samenvoegingId()).param("bron", event.bronHuishoudenId())
                .param("bronCasus", event.bronCasusId()).param("doel", event.huishoudenId())
                .param("doelCasus", event.casusId()).param("at", tijdstip(at))
                .update();
        Overdracht overdracht = event.overdracht();
        for (Persoon lid : overdracht.leden()) {
            jdbc.sql("""
                            INSERT INTO lid_overzicht (persoon_id, huishouden_id, naam, geboortedatum, geregistreerd_op,
                                rol)
                            VALUES (:persoonId, :huishoudenId, :naam, :geboortedatum, :at, :rol)
                            ON CONFLICT (persoon_id) DO UPDATE SET huishouden_id = excluded.huishouden_id""")
                    .param("persoonId", lid.persoonId()).param("huishoudenId", event.huishoudenId())
                    .param("rol", lid.rol() == null ? null : lid.rol().name())
                    .param("naam", lid.naam()).param("geboortedatum", lid.geboortedatum())
                    .param("at", tijdstip(at))
                    .update();
        }
        for (Overdracht.Hulpvraag hulpvraag : overdracht.hulpvragen()) {
            jdbc.sql("""
                            INSERT INTO hulpvraag_overzicht (hulpvraag_id, casus_id, kanaal, team, levensdomeinen,
                                omschrijving, geregistreerd_op)
                            VALUES (:hulpvraagId, :casusId, :kanaal, :team, :levensdomeinen, :omschrijving, :op)
                            ON CONFLICT (hulpvraag_id) DO UPDATE SET casus_id = excluded.casus_id,
                                team = excluded.team""")
                    .param("hulpvraagId", hulpvraag.hulpvraagId()).param("casusId", event.casusId())
                    .param("kanaal", hulpvraag.kanaal().name()).param("team", hulpvraag.team())
                    .param("levensdomeinen", hulpvraag.levensdomeinen().stream().map(Enum::name).sorted()
                            .toArray(String[]::new))
                    .param("omschrijving", hulpvraag.omschrijving())
                    .param("op", tijdstip(hulpvraag.geregistreerdOp()))
                    .update();
        }
        for (Overdracht.Termijn termijn : overdracht.termijnen()) {
            jdbc.sql("""
                            INSERT INTO termijn_overzicht (termijn_id, casus_id, hulpvraag_id, regime, status,
                                gestart_op, vervalt_op, laatste_dag)
                            VALUES (:termijnId, :casusId, :hulpvraagId, :regime, :status, :gestartOp, :vervaltOp,
                                :laatsteDag)
                            ON CONFLICT (termijn_id) DO UPDATE SET casus_id = excluded.casus_id,
                                status = excluded.status, vervalt_op = excluded.vervalt_op,
                                laatste_dag = excluded.laatste_dag""")
                    .param("termijnId", termijn.termijnId()).param("casusId", event.casusId())
                    .param("hulpvraagId", termijn.hulpvraagId()).param("regime", termijn.regime())
                    .param("status", termijn.status()).param("gestartOp", tijdstip(termijn.gestartOp()))
                    .param("vervaltOp", tijdstip(termijn.vervaltOp()))
                    .param("laatsteDag", LaatsteDag.van(termijn.laatsteDag(), termijn.vervaltOp()))
                    .update();
        }
        // the members moved: both labels change (B's may lose its name, A's may gain one)
        labels.herbereken(event.huishoudenId());
        labels.herbereken(event.bronHuishoudenId());
        List<Actie> acties = overdracht.acties();
        for (int i = 0; i < acties.size(); i++) {
            Actie actie = acties.get(i);
            jdbc.sql("""
                            INSERT INTO plan_actie_overzicht (casus_id, actie_id, volgnummer, omschrijving, eigenaar,
                                deadline, status, in_huidige_versie)
                            VALUES (:casusId, :actieId,
                                (SELECT coalesce(max(volgnummer), -1) + 1 FROM plan_actie_overzicht
                                 WHERE casus_id = :casusId),
                                :omschrijving, :eigenaar, :deadline, :open, true)
                            ON CONFLICT (casus_id, actie_id) DO NOTHING""")
                    .param("casusId", event.casusId()).param("actieId", actie.actieId())
                    .param("omschrijving", actie.omschrijving()).param("eigenaar", actie.eigenaar())
                    .param("deadline", actie.deadline())
                    .param("open", ActieStatus.OPEN.name())
                    .update();
        }
    }

    @EventHandler
    void on(HuishoudenMergedInto event, @Timestamp Instant at) {
        afgerond(event.samenvoegingId(), SamenvoegingStatus.VOLTOOID, null, at);
    }

    @EventHandler
    void on(HuishoudenMergeCancelled event, @Timestamp Instant at) {
        afgerond(event.samenvoegingId(), SamenvoegingStatus.GEANNULEERD, event.regel(), at);
    }

    private void afgerond(String samenvoegingId, SamenvoegingStatus status, String regel, Instant at) {
        jdbc.sql("""
                        UPDATE samenvoeging_overzicht SET status = :status, regel = :regel, afgerond_op = :at
                        WHERE samenvoeging_id = :id AND afgerond_op IS NULL""")
                .param("status", status.name()).param("regel", regel).param("at", tijdstip(at))
                .param("id", samenvoegingId)
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE samenvoeging_overzicht").update();
    }

    /** The merges, without any check: the query handler ({@link SamenvoegingInzage}) checks first. */
    Samenvoegingen handle(FindSamenvoegingen query) {
        List<Samenvoegingen.Samenvoeging> samenvoegingen = jdbc.sql("""
                        SELECT * FROM samenvoeging_overzicht
                        WHERE bron_huishouden_id = :id OR doel_huishouden_id = :id
                        ORDER BY gestart_op DESC, samenvoeging_id""")
                .param("id", query.huishoudenId())
                .query((rs, row) -> new Samenvoegingen.Samenvoeging(rs.getString("samenvoeging_id"),
                        rs.getString("bron_huishouden_id"), rs.getString("bron_casus_id"),
                        rs.getString("doel_huishouden_id"), rs.getString("doel_casus_id"),
                        SamenvoegingStatus.valueOf(rs.getString("status")),
                        Tijdstippen.instant(rs, "gestart_op"), Tijdstippen.instant(rs, "afgerond_op"),
                        rs.getString("regel")))
                .list();
        String samengevoegdIn = samenvoegingen.stream()
                .filter(s -> s.bronHuishoudenId().equals(query.huishoudenId())
                        && s.status() == SamenvoegingStatus.VOLTOOID)
                .map(Samenvoegingen.Samenvoeging::doelHuishoudenId).findFirst().orElse(null);
        return new Samenvoegingen(query.huishoudenId(), samengevoegdIn, samenvoegingen);
    }
}
