package nl.integraletoegang.query.inzage;

import nl.integraletoegang.api.audit.Identiteit;
import nl.integraletoegang.api.casus.Casusregisseur;
import nl.integraletoegang.api.casus.CasusregisseurAppointed;
import nl.integraletoegang.api.casus.CasusregisseurChanged;
import nl.integraletoegang.api.casus.CasusOpened;
import nl.integraletoegang.api.casus.HulpvraagRouted;
import nl.integraletoegang.api.casus.MeldingRegistered;
import nl.integraletoegang.api.escalatie.CasusEscalatedToDoorbraakteam;
import nl.integraletoegang.api.escalatie.CasusEscalatedToProcesregisseur;
import nl.integraletoegang.api.escalatie.CasusEscalatedUnderAve;
import nl.integraletoegang.api.escalatie.CasusHandedBack;
import nl.integraletoegang.api.escalatie.EscalatieNiveau;
import nl.integraletoegang.api.escalatie.EscalatieTakenUp;
import nl.integraletoegang.api.samenvoeging.HuishoudenAbsorbed;
import nl.integraletoegang.api.samenvoeging.HuishoudenMergedInto;
import nl.integraletoegang.api.samenvoeging.Overdracht;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read model {@link HuishoudenToegang} decides need to know on, fed only by the events that decide it: a casus
 * opened, its regisseur appointed or changed, a hulpvraag registered, routed or moved by a merge, a merge completed,
 * and escalations raised, taken up and handed back. It is a processing group of its own, so rebuilding another read
 * model never takes access away. It holds no personal data of residents (ids, teams and workers' names only), so
 * erasure does not concern it. Every handler is idempotent: a redelivered event changes nothing, and the rows a merge
 * moves end up the same whichever household's events are replayed first.
 */
@Component
@ProcessingGroup(HuishoudenToegangProjection.PROCESSING_GROUP)
class HuishoudenToegangProjection {

    static final String PROCESSING_GROUP = "huishoudentoegang";

    private final JdbcClient jdbc;

    HuishoudenToegangProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CasusOpened event) {
        jdbc.sql("""
                        INSERT INTO toegang_casus (casus_id, huishouden_id) VALUES (:casusId, :huishoudenId)
                        ON CONFLICT (casus_id) DO NOTHING""")
                .param("casusId", event.casusId())
                .param("huishoudenId", event.huishoudenId())
                .update();
    }

    @EventHandler
    void on(CasusregisseurAppointed event) {
        regisseur(event.casusId(), event.regisseur());
    }

    @EventHandler
    void on(CasusregisseurChanged event) {
        regisseur(event.casusId(), event.nieuweRegisseur());
    }

    private void regisseur(String casusId, Casusregisseur regisseur) {
        jdbc.sql("""
                        UPDATE toegang_casus SET regisseur_gebruikersnaam = :gebruikersnaam, regisseur_team = :team
                        WHERE casus_id = :casusId""")
                .param("gebruikersnaam", regisseur.gebruikersnaam())
                .param("team", regisseur.team())
                .param("casusId", casusId)
                .update();
    }

    /** A hulpvraag a merge already moved to A's casus stays there when B's events are replayed after A's. */
    @EventHandler
    void on(MeldingRegistered event) {
        jdbc.sql("""
                        INSERT INTO toegang_hulpvraag (hulpvraag_id, casus_id, team)
                        VALUES (:hulpvraagId, :casusId, :team)
                        ON CONFLICT (hulpvraag_id) DO NOTHING""")
                .param("hulpvraagId", event.hulpvraagId())
                .param("casusId", event.casusId())
                .param("team", event.team())
                .update();
    }

    /** Only while the hulpvraag is in the casus that routed it: after a merge, A's handover decides its team. */
    @EventHandler
    void on(HulpvraagRouted event) {
        jdbc.sql("UPDATE toegang_hulpvraag SET team = :team WHERE hulpvraag_id = :hulpvraagId AND casus_id = :casusId")
                .param("team", event.naarTeam())
                .param("hulpvraagId", event.hulpvraagId())
                .param("casusId", event.casusId())
                .update();
    }

    /** A took B's hulpvragen in: they continue in A's casus, at the team that handled them at the handover. */
    @EventHandler
    void on(HuishoudenAbsorbed event) {
        for (Overdracht.Hulpvraag hulpvraag : event.overdracht().hulpvragen()) {
            jdbc.sql("""
                            INSERT INTO toegang_hulpvraag (hulpvraag_id, casus_id, team)
                            VALUES (:hulpvraagId, :casusId, :team)
                            ON CONFLICT (hulpvraag_id) DO UPDATE SET casus_id = excluded.casus_id,
                                team = excluded.team""")
                    .param("hulpvraagId", hulpvraag.hulpvraagId())
                    .param("casusId", event.casusId())
                    .param("team", hulpvraag.team())
                    .update();
        }
    }

    @EventHandler
    void on(HuishoudenMergedInto event) {
        jdbc.sql("""
                        INSERT INTO toegang_samenvoeging (samenvoeging_id, bron_huishouden_id, doel_huishouden_id)
                        VALUES (:samenvoegingId, :bron, :doel)
                        ON CONFLICT (samenvoeging_id) DO NOTHING""")
                .param("samenvoegingId", event.samenvoegingId())
                .param("bron", event.huishoudenId())
                .param("doel", event.doelHuishoudenId())
                .update();
    }

    @EventHandler
    void on(CasusEscalatedToProcesregisseur event, @SequenceNumber long volgnummer) {
        jdbc.sql("""
                        INSERT INTO toegang_escalatie (escalatie_id, casus_id, huishouden_id, niveau, volgnummer)
                        VALUES (:escalatieId, :casusId, :huishoudenId, :niveau, :volgnummer)
                        ON CONFLICT (escalatie_id) DO NOTHING""")
                .param("escalatieId", event.escalatieId())
                .param("casusId", event.casusId())
                .param("huishoudenId", event.huishoudenId())
                .param("niveau", EscalatieNiveau.PROCESREGISSEUR.name())
                .param("volgnummer", volgnummer)
                .update();
    }

    @EventHandler
    void on(CasusEscalatedToDoorbraakteam event, @SequenceNumber long volgnummer) {
        escaleer(event.escalatieId(), EscalatieNiveau.DOORBRAAKTEAM, volgnummer);
    }

    @EventHandler
    void on(CasusEscalatedUnderAve event, @SequenceNumber long volgnummer) {
        escaleer(event.escalatieId(), event.niveau(), volgnummer);
    }

    /** One rung up: the new level has not taken it up yet. */
    private void escaleer(String escalatieId, EscalatieNiveau niveau, long volgnummer) {
        jdbc.sql("""
                        UPDATE toegang_escalatie SET niveau = :niveau, opgepakt_door = NULL, volgnummer = :volgnummer
                        WHERE escalatie_id = :escalatieId AND volgnummer < :volgnummer""")
                .param("niveau", niveau.name())
                .param("escalatieId", escalatieId)
                .param("volgnummer", volgnummer)
                .update();
    }

    @EventHandler
    void on(EscalatieTakenUp event, @SequenceNumber long volgnummer) {
        jdbc.sql("""
                        UPDATE toegang_escalatie SET opgepakt_door = :behandelaar, volgnummer = :volgnummer
                        WHERE escalatie_id = :escalatieId AND volgnummer < :volgnummer""")
                .param("behandelaar", Identiteit.normaliseer(event.behandelaar()))
                .param("escalatieId", event.escalatieId())
                .param("volgnummer", volgnummer)
                .update();
    }

    @EventHandler
    void on(CasusHandedBack event, @SequenceNumber long volgnummer) {
        jdbc.sql("""
                        UPDATE toegang_escalatie SET teruggegeven = true, volgnummer = :volgnummer
                        WHERE escalatie_id = :escalatieId AND volgnummer < :volgnummer""")
                .param("escalatieId", event.escalatieId())
                .param("volgnummer", volgnummer)
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE toegang_casus, toegang_hulpvraag, toegang_samenvoeging, toegang_escalatie").update();
    }
}
