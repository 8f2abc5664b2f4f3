package nl.integraletoegang.query.escalatie;

import static nl.integraletoegang.query.Tijdstippen.instant;
import static nl.integraletoegang.query.Tijdstippen.tijdstip;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.integraletoegang.api.casus.LidRegistered;
import nl.integraletoegang.api.huishouden.AdresRegistered;
import nl.integraletoegang.api.huishouden.HuishoudenLabel;
import nl.integraletoegang.api.huishouden.HuishoudenMoved;
import nl.integraletoegang.api.huishouden.LidJoined;
import nl.integraletoegang.api.huishouden.LidLeft;
import nl.integraletoegang.api.medewerker.Rol;
import nl.integraletoegang.platform.invoer.GeenToegangException;
import nl.integraletoegang.platform.security.Toegang;
import nl.integraletoegang.query.inzage.InzageLog;
import nl.integraletoegang.platform.vrager.Vrager;
import nl.integraletoegang.query.label.LabelKopie;
import org.axonframework.messaging.MetaData;
import nl.integraletoegang.api.audit.Identiteit;
import nl.integraletoegang.api.escalatie.CasusEscalatedToDoorbraakteam;
import nl.integraletoegang.api.escalatie.CasusEscalatedToProcesregisseur;
import nl.integraletoegang.api.escalatie.CasusEscalatedUnderAve;
import nl.integraletoegang.api.escalatie.CasusHandedBack;
import nl.integraletoegang.api.escalatie.EscalatieNiveau;
import nl.integraletoegang.api.escalatie.EscalatieReden;
import nl.integraletoegang.api.escalatie.EscalatieTakenUp;
import nl.integraletoegang.api.escalatie.FindOpenEscalaties;
import nl.integraletoegang.api.escalatie.OpenEscalatie;
import nl.integraletoegang.api.escalatie.OpenEscalatiesPagina;
import nl.integraletoegang.api.privacy.Gewist;
import nl.integraletoegang.api.privacy.PersoonsgegevensGewist;
import nl.integraletoegang.api.werkvoorraad.Volgorde;
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
 * The escalation queue: every running escalation at its current level of the ladder, with why it was escalated,
 * since when it waits there, and whether that level has taken it up and who. Each escalation one rung up starts the
 * wait at the new level again; handing back takes it out of the queue.
 */
@Component
@ProcessingGroup("escalatiewachtrij")
class EscalatieWachtrijProjection {

    private static final Set<Rol> ESCALATIE_NIVEAUS = Set.of(Rol.PROCESREGISSEUR, Rol.DOORBRAAKTEAM);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final LabelKopie labels;
    private final InzageLog inzageLog;

    EscalatieWachtrijProjection(JdbcClient jdbc, ObjectProvider<Clock> clock, InzageLog inzageLog) {
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.labels = new LabelKopie(jdbc, "escalatiewachtrij");
        this.inzageLog = inzageLog;
    }

    /** The queue's own copy of the members and address it needs for the households' labels. */
    @EventHandler
    void on(LidRegistered event, @SequenceNumber long volgnummer) {
        labels.on(event, volgnummer);
    }

    @EventHandler
    void on(LidJoined event, @SequenceNumber long volgnummer) {
        labels.on(event, volgnummer);
    }

    @EventHandler
    void on(LidLeft event) {
        labels.on(event);
    }

    @EventHandler
    void on(AdresRegistered event) {
        labels.on(event);
    }

    @EventHandler
    void on(HuishoudenMoved event) {
        labels.on(event);
    }

    /** The explanation is free text about the household: erasing the household's data blanks it here too. */
    @EventHandler
    void on(PersoonsgegevensGewist event) {
        labels.on(event);
        if (event.subjectId().equals(event.huishoudenId())) {
            jdbc.sql("""
                            UPDATE escalatiewachtrij SET toelichting = :gewist
                            WHERE huishouden_id = :huishoudenId AND toelichting IS NOT NULL""")
                    .param("gewist", Gewist.PLAATSHOUDER).param("huishoudenId", event.huishoudenId()).update();
        }
    }

    @EventHandler
    void on(CasusEscalatedToProcesregisseur event, @Timestamp Instant tijdstip, @SequenceNumber long volgnummer) {
        jdbc.sql("""
                        INSERT INTO escalatiewachtrij (escalatie_id, casus_id, huishouden_id, niveau, reden, toelichting,
                            traject_gestart_op, geescaleerd_op, volgnummer)
                        VALUES (:escalatieId, :casusId, :huishoudenId, :niveau, :reden, :toelichting, :tijdstip,
                            :tijdstip, :volgnummer)
                        ON CONFLICT (escalatie_id) DO NOTHING""")
                .param("escalatieId", event.escalatieId())
                .param("casusId", event.casusId())
                .param("huishoudenId", event.huishoudenId())
                .param("niveau", EscalatieNiveau.PROCESREGISSEUR.name())
                .param("reden", event.reden().name())
                .param("toelichting", event.toelichting())
                .param("tijdstip", tijdstip(tijdstip))
                .param("volgnummer", volgnummer)
                .update();
    }

    @EventHandler
    void on(CasusEscalatedToDoorbraakteam event, @Timestamp Instant tijdstip, @SequenceNumber long volgnummer) {
        escaleer(event.escalatieId(), EscalatieNiveau.DOORBRAAKTEAM, event.reden(), event.toelichting(), tijdstip,
                volgnummer);
    }

    @EventHandler
    void on(CasusEscalatedUnderAve event, @Timestamp Instant tijdstip, @SequenceNumber long volgnummer) {
        escaleer(event.escalatieId(), event.niveau(), event.reden(), event.toelichting(), tijdstip, volgnummer);
    }

    private void escaleer(String escalatieId, EscalatieNiveau niveau, EscalatieReden reden, String toelichting,
                          Instant tijdstip, long volgnummer) {
        jdbc.sql("""
                        UPDATE escalatiewachtrij
                        SET niveau = :niveau, reden = :reden, toelichting = :toelichting, geescaleerd_op = :tijdstip,
                            opgepakt_door = NULL, opgepakt_op = NULL, volgnummer = :volgnummer
                        WHERE escalatie_id = :escalatieId AND volgnummer < :volgnummer""")
                .param("niveau", niveau.name())
                .param("reden", reden.name())
                .param("toelichting", toelichting)
                .param("tijdstip", tijdstip(tijdstip))
                .param("escalatieId", escalatieId)
                .param("volgnummer", volgnummer)
                .update();
    }

    @EventHandler
    void on(EscalatieTakenUp event, @Timestamp Instant tijdstip, @SequenceNumber long volgnummer) {
        jdbc.sql("""
                        UPDATE escalatiewachtrij
                        SET opgepakt_door = :behandelaar, opgepakt_op = :tijdstip, volgnummer = :volgnummer
                        WHERE escalatie_id = :escalatieId AND volgnummer < :volgnummer""")
                .param("behandelaar", Identiteit.normaliseer(event.behandelaar()))
                .param("tijdstip", tijdstip(tijdstip))
                .param("escalatieId", event.escalatieId())
                .param("volgnummer", volgnummer)
                .update();
    }

    @EventHandler
    void on(CasusHandedBack event, @Timestamp Instant tijdstip, @SequenceNumber long volgnummer) {
        jdbc.sql("""
                        UPDATE escalatiewachtrij SET teruggegeven_op = :tijdstip, volgnummer = :volgnummer
                        WHERE escalatie_id = :escalatieId AND volgnummer < :volgnummer""")
                .param("tijdstip", tijdstip(tijdstip))
                .param("escalatieId", event.escalatieId())
                .param("volgnummer", volgnummer)
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE escalatiewachtrij").update();
        labels.reset();
    }

    /**
     * Only for the levels that take escalations up, and only the levels whose queue they see. Each escalation shows its
     * explanation, free text about the household, and the household's label: every row is in the access log.
     */
    @QueryHandler
    OpenEscalatiesPagina handle(FindOpenEscalaties query, MetaData metaData) {
        Vrager vrager = Vrager.uit(metaData).filter(asker -> ESCALATIE_NIVEAUS.contains(asker.medewerker().rol()))
                .orElseThrow(() -> new GeenToegangException(
                        "De escalatiewachtrij is voor procesregisseurs en het doorbraakteam."));
        if (!Toegang.zichtbareNiveaus(vrager.medewerker()).containsAll(query.niveaus())) {
            throw new GeenToegangException("Je ziet alleen de escalaties die op jouw niveau wachten.");
        }
        List<String> filters = new ArrayList<>(List.of("teruggegeven_op IS NULL", "niveau IN (:niveaus)"));
        if (query.opgepakt() != null) {
            filters.add(query.opgepakt() ? "opgepakt_door IS NOT NULL" : "opgepakt_door IS NULL");
        }
        String waar = String.join(" AND ", filters);
        String richting = query.volgorde() == Volgorde.NIEUWSTE_EERST ? "DESC" : "ASC";
        List<String> niveaus = query.niveaus().stream().map(Enum::name).toList();
        Instant nu = clock.instant();
        List<OpenEscalatie> items = jdbc.sql("""
                        SELECT escalatie_id, casus_id, w.huishouden_id, l.label, niveau, reden, toelichting,
                            traject_gestart_op, geescaleerd_op, opgepakt_door, opgepakt_op
                        FROM escalatiewachtrij w LEFT JOIN %s l ON l.huishouden_id = w.huishouden_id WHERE %s
                        ORDER BY geescaleerd_op %s, escalatie_id LIMIT :size OFFSET :offset"""
                        .formatted(labels.tabel(), waar, richting))
                .param("niveaus", niveaus)
                .param("size", query.size())
                .param("offset", (long) query.page() * query.size())
                .query((rs, row) -> escalatie(rs, nu))
                .list();
        long total = jdbc.sql("SELECT count(*) FROM escalatiewachtrij WHERE " + waar)
                .param("niveaus", niveaus)
                .query(Long.class)
                .single();
        items.forEach(escalatie -> inzageLog.registreer(vrager, escalatie.huishoudenId(), escalatie.casusId()));
        return new OpenEscalatiesPagina(items, query.page(), query.size(), total);
    }

    private static OpenEscalatie escalatie(ResultSet rs, Instant nu) throws SQLException {
        Instant geescaleerdOp = instant(rs, "geescaleerd_op");
        Duration leeftijd = Duration.between(geescaleerdOp, nu);
        return new OpenEscalatie(rs.getString("escalatie_id"), rs.getString("casus_id"),
                rs.getString("huishouden_id"),
                rs.getString("label") == null ? HuishoudenLabel.ZONDER_GEGEVENS : rs.getString("label"),
                EscalatieNiveau.valueOf(rs.getString("niveau")),
                EscalatieReden.valueOf(rs.getString("reden")), rs.getString("toelichting"),
                instant(rs, "traject_gestart_op"), geescaleerdOp, leeftijd, leeftijd.toDays(),
                rs.getString("opgepakt_door") != null, rs.getString("opgepakt_door"), instant(rs, "opgepakt_op"));
    }


}
