package nl.integraletoegang.query.werkvoorraad;

import static nl.integraletoegang.query.Tijdstippen.instant;
import static nl.integraletoegang.query.Tijdstippen.tijdstip;

import java.time.Instant;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import nl.integraletoegang.query.inzage.InzageLog;
import nl.integraletoegang.platform.vrager.Vrager;
import org.axonframework.messaging.MetaData;
import nl.integraletoegang.api.casus.CasusClosed;
import nl.integraletoegang.api.casus.CasusOpened;
import nl.integraletoegang.api.casus.CasusReopened;
import nl.integraletoegang.api.casus.CasusTriaged;
import nl.integraletoegang.api.casus.Casusregisseur;
import nl.integraletoegang.api.casus.CasusregisseurAppointed;
import nl.integraletoegang.api.casus.CasusregisseurChanged;
import nl.integraletoegang.api.casus.Urgentie;
import nl.integraletoegang.api.werkvoorraad.CasusVanMedewerker;
import nl.integraletoegang.api.werkvoorraad.CasussenPagina;
import nl.integraletoegang.api.werkvoorraad.FindCasussenVanMedewerker;
import nl.integraletoegang.api.werkvoorraad.Volgorde;
import nl.integraletoegang.api.werkvoorraad.WerkvoorraadWijziging.Soort;
import nl.integraletoegang.api.werkvoorraad.WerkvoorraadWijziging.Werklijst;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every casus with its state for the work lists: open or closed, triaged or not, and its casusregisseur. A worker's
 * list is the open casussen they direct; a closed casus drops off and comes back when it is reopened. The other
 * work-list projections read the open and triaged state from this table.
 */
@Component
@ProcessingGroup(Rijen.PROCESSING_GROUP)
class CasussenVanMedewerkerProjection {

    private final JdbcClient jdbc;
    private final WerkvoorraadUpdates updates;

    private final WerkvoorraadLabelProjection labels;
    private final InzageLog inzageLog;

    CasussenVanMedewerkerProjection(JdbcClient jdbc, WerkvoorraadUpdates updates, WerkvoorraadLabelProjection labels,
                                    InzageLog inzageLog) {
        this.jdbc = jdbc;
        this.updates = updates;
        this.labels = labels;
        this.inzageLog = inzageLog;
    }

    @EventHandler
    void on(CasusOpened event, @Timestamp Instant geopendOp, @SequenceNumber long volgnummer) {
        jdbc.sql("""
                        INSERT INTO werkvoorraad_casus (casus_id, huishouden_id, open, getrieerd, geopend_op, volgnummer)
                        VALUES (:casusId, :huishoudenId, TRUE, FALSE, :geopendOp, :volgnummer)
                        ON CONFLICT (casus_id) DO NOTHING""")
                .param("casusId", event.casusId())
                .param("huishoudenId", event.huishoudenId())
                .param("geopendOp", tijdstip(geopendOp))
                .param("volgnummer", volgnummer)
                .update();
    }

    @EventHandler
    void on(CasusTriaged event, @SequenceNumber long volgnummer) {
        jdbc.sql("""
                        UPDATE werkvoorraad_casus SET getrieerd = TRUE, urgentie = :urgentie, volgnummer = :volgnummer
                        WHERE casus_id = :casusId AND volgnummer < :volgnummer""")
                .param("urgentie", event.urgentie() == null ? null : event.urgentie().name())
                .param("casusId", event.casusId())
                .param("volgnummer", volgnummer)
                .update();
    }

    @EventHandler
    void on(CasusregisseurAppointed event, @Timestamp Instant tijdstip, @SequenceNumber long volgnummer) {
        if (wijsAan(event.casusId(), event.regisseur(), tijdstip, volgnummer)) {
            meld(event.regisseur().team(), Soort.TOEGEVOEGD, event.huishoudenId(), event.casusId());
        }
    }

    @EventHandler
    void on(CasusregisseurChanged event, @Timestamp Instant tijdstip, @SequenceNumber long volgnummer) {
        if (wijsAan(event.casusId(), event.nieuweRegisseur(), tijdstip, volgnummer)) {
            if (event.vorigeRegisseur() != null) {
                meld(event.vorigeRegisseur().team(), Soort.VERWIJDERD, event.huishoudenId(), event.casusId());
            }
            meld(event.nieuweRegisseur().team(), Soort.TOEGEVOEGD, event.huishoudenId(), event.casusId());
        }
    }

    private boolean wijsAan(String casusId, Casusregisseur regisseur, Instant sinds, long volgnummer) {
        return jdbc.sql("""
                        UPDATE werkvoorraad_casus
                        SET regisseur = :regisseur, regisseur_team = :team, regisseur_sinds = :sinds,
                            volgnummer = :volgnummer
                        WHERE casus_id = :casusId AND volgnummer < :volgnummer""")
                .param("regisseur", regisseur.gebruikersnaam())
                .param("team", regisseur.team())
                .param("sinds", tijdstip(sinds))
                .param("casusId", casusId)
                .param("volgnummer", volgnummer)
                .update() > 0;
    }

    @EventHandler
    void on(CasusClosed event, @SequenceNumber long volgnummer) {
        zetOpen(event.casusId(), false, volgnummer)
                .ifPresent(team -> meld(team, Soort.VERWIJDERD, event.huishoudenId(), event.casusId()));
    }

    @EventHandler
    void on(CasusReopened event, @SequenceNumber long volgnummer) {
        zetOpen(event.casusId(), true, volgnummer)
                .ifPresent(team -> meld(team, Soort.TOEGEVOEGD, event.huishoudenId(), event.casusId()));
    }

    /** Opens or closes the casus; answers the regisseur's team when the row changed and has a regisseur. */
    private Optional<String> zetOpen(String casusId, boolean open, long volgnummer) {
        return jdbc.sql("""
                        UPDATE werkvoorraad_casus SET open = :open, volgnummer = :volgnummer
                        WHERE casus_id = :casusId AND volgnummer < :volgnummer
                        RETURNING regisseur_team""")
                .param("open", open)
                .param("casusId", casusId)
                .param("volgnummer", volgnummer)
                .query((rs, row) -> Optional.ofNullable(rs.getString("regisseur_team")))
                .optional()
                .flatMap(team -> team);
    }

    private void meld(String team, Soort soort, String huishoudenId, String casusId) {
        updates.meld(team, Werklijst.CASUSSEN, soort, huishoudenId, casusId, casusId);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE werkvoorraad_casus").update();
    }

    /** For the regisseur themself, and for colleagues of their team; each row read is in the access log. */
    @QueryHandler
    CasussenPagina handle(FindCasussenVanMedewerker query, MetaData metaData) {
        Vrager vrager = WerklijstToegang.casussen(metaData, query.gebruikersnaam(), query.alleenTeam());
        String filter = "regisseur = :regisseur AND open"
                + (query.alleenTeam() == null ? "" : " AND regisseur_team = :team");
        String richting = query.volgorde() == Volgorde.NIEUWSTE_EERST ? "DESC" : "ASC";
        var items = jdbc.sql("""
                        SELECT casus_id, huishouden_id, regisseur_team, urgentie, geopend_op, regisseur_sinds,
                            (SELECT count(*) FROM werkvoorraad_hulpvraag h WHERE h.casus_id = c.casus_id
                                AND h.geregistreerd_op > c.regisseur_sinds) AS nieuwe_hulpvragen
                        FROM werkvoorraad_casus c WHERE %s
                        ORDER BY geopend_op %s, casus_id LIMIT :size OFFSET :offset""".formatted(filter, richting))
                .param("regisseur", query.gebruikersnaam())
                .param("team", query.alleenTeam())
                .param("size", query.size())
                .param("offset", (long) query.page() * query.size())
                .query((rs, row) -> new CasusVanMedewerker(rs.getString("casus_id"), rs.getString("huishouden_id"), null,
                        rs.getString("regisseur_team"),
                        rs.getString("urgentie") == null ? null : Urgentie.valueOf(rs.getString("urgentie")),
                        instant(rs, "geopend_op"), instant(rs, "regisseur_sinds"), rs.getLong("nieuwe_hulpvragen")))
                .list();
        long total = jdbc.sql("SELECT count(*) FROM werkvoorraad_casus WHERE " + filter)
                .param("regisseur", query.gebruikersnaam())
                .param("team", query.alleenTeam())
                .query(Long.class)
                .single();
        Map<String, String> label = labels.labels(items.stream().map(CasusVanMedewerker::huishoudenId).toList());
        List<CasusVanMedewerker> metLabel = items.stream().map(item -> new CasusVanMedewerker(item.casusId(),
                item.huishoudenId(), label.get(item.huishoudenId()), item.team(), item.urgentie(), item.geopendOp(),
                item.regisseurSinds(), item.nieuweHulpvragen())).toList();
        metLabel.forEach(item -> inzageLog.registreer(vrager, item.huishoudenId(), item.casusId()));
        return new CasussenPagina(metLabel, query.page(), query.size(), total);
    }
}
