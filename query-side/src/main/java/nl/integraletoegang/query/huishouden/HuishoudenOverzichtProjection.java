package nl.integraletoegang.query.huishouden;

import nl.integraletoegang.query.EenmaalPerBatch;
import static nl.integraletoegang.query.Tijdstippen.tijdstip;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.integraletoegang.api.audit.Identiteit;
import nl.integraletoegang.api.casus.CasusClosed;
import nl.integraletoegang.api.casus.CasusOpened;
import nl.integraletoegang.api.casus.CasusReopened;
import nl.integraletoegang.api.casus.CasusStatus;
import nl.integraletoegang.api.casus.CasusTriaged;
import nl.integraletoegang.api.casus.Casusregisseur;
import nl.integraletoegang.api.casus.CasusregisseurAppointed;
import nl.integraletoegang.api.casus.CasusregisseurChanged;
import nl.integraletoegang.api.casus.HulpvraagRouted;
import nl.integraletoegang.api.casus.LidRegistered;
import nl.integraletoegang.api.casus.MeldingRegistered;
import nl.integraletoegang.api.escalatie.CasusEscalatedToDoorbraakteam;
import nl.integraletoegang.api.escalatie.CasusEscalatedToProcesregisseur;
import nl.integraletoegang.api.escalatie.CasusEscalatedUnderAve;
import nl.integraletoegang.api.escalatie.CasusHandedBack;
import nl.integraletoegang.api.escalatie.DoorbraakApproved;
import nl.integraletoegang.api.escalatie.DoorbraakRejected;
import nl.integraletoegang.api.escalatie.EscalatieNiveau;
import nl.integraletoegang.api.escalatie.EscalatieReden;
import nl.integraletoegang.api.escalatie.EscalatieTakenUp;
import nl.integraletoegang.api.escalatie.MaatwerkbudgetGranted;
import nl.integraletoegang.api.escalatie.MaatwerkbudgetRefused;
import nl.integraletoegang.api.escalatie.MaatwerkbudgetRequested;
import nl.integraletoegang.api.huishouden.Adres;
import nl.integraletoegang.api.huishouden.AdresRegistered;
import nl.integraletoegang.api.huishouden.HuishoudenLabel;
import nl.integraletoegang.api.huishouden.HuishoudenMoved;
import nl.integraletoegang.api.huishouden.HuishoudenOverzicht;
import nl.integraletoegang.api.huishouden.LidJoined;
import nl.integraletoegang.api.huishouden.LidLeft;
import nl.integraletoegang.api.plan.Actie;
import nl.integraletoegang.api.plan.ActieStatus;
import nl.integraletoegang.api.plan.PlanActieCancelled;
import nl.integraletoegang.api.plan.PlanActieCompleted;
import nl.integraletoegang.api.plan.PlanVersionAdopted;
import nl.integraletoegang.api.privacy.Gewist;
import nl.integraletoegang.api.privacy.PersoonsgegevensGewist;
import nl.integraletoegang.api.termijn.LaatsteDag;
import nl.integraletoegang.api.termijn.TermijnExpired;
import nl.integraletoegang.api.termijn.TermijnMet;
import nl.integraletoegang.api.termijn.TermijnResumed;
import nl.integraletoegang.api.termijn.TermijnStarted;
import nl.integraletoegang.api.termijn.TermijnStatus;
import nl.integraletoegang.api.termijn.TermijnStopped;
import nl.integraletoegang.api.termijn.TermijnSuspended;
import nl.integraletoegang.api.tijd.Tijdzone;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The household overview: its members and its open casus with the one regisseur, the adopted plan, the hulpvragen,
 * the escalation state and the termijnen. Every handler is an idempotent upsert or update, so an event delivered
 * twice changes nothing; events of one household arrive in order (sequenced per aggregate).
 */
@Component
@ProcessingGroup(HuishoudenOverzichtProjection.PROCESSING_GROUP)
class HuishoudenOverzichtProjection {

    static final String PROCESSING_GROUP = "huishoudenoverzicht";

    private final JdbcClient jdbc;
    private final HuishoudenOverzichtReader reader;
    private final EenmaalPerBatch labels = new EenmaalPerBatch(PROCESSING_GROUP + ".label", this::labelNu);

    HuishoudenOverzichtProjection(JdbcClient jdbc, HuishoudenOverzichtReader reader) {
        this.jdbc = jdbc;
        this.reader = reader;
    }


    /**
     * Erasure reaches the read model here: a member's name and date of birth, or the household's free texts, give
     * way to the placeholder, as a rebuild from the (then undecryptable) events would yield too.
     */
    @EventHandler
    void on(PersoonsgegevensGewist event) {
        if (!event.subjectId().equals(event.huishoudenId())) {
            jdbc.sql("UPDATE lid_overzicht SET naam = :gewist, geboortedatum = NULL WHERE persoon_id = :persoonId")
                    .param("gewist", Gewist.PLAATSHOUDER).param("persoonId", event.subjectId()).update();
            labels.voor(event.huishoudenId());
            return;
        }
        // the address is the household's personal data: it reads as absent after its erasure, as in the events
        jdbc.sql("""
                        UPDATE huishouden_overzicht SET postcode = NULL, huisnummer = NULL, huisletter = NULL,
                            huisnummertoevoeging = NULL, straat = NULL, woonplaats = NULL
                        WHERE huishouden_id = :huishoudenId""")
                .param("huishoudenId", event.huishoudenId()).update();
        labels.voor(event.huishoudenId());
        jdbc.sql("UPDATE doorbraak_overzicht SET oplossing = :gewist WHERE oplossing IS NOT NULL AND casus_id IN "
                        + "(SELECT casus_id FROM casus_overzicht WHERE huishouden_id = :huishoudenId)")
                .param("gewist", Gewist.PLAATSHOUDER).param("huishoudenId", event.huishoudenId()).update();
        for (String tabel : List.of("hulpvraag_overzicht", "plan_doel_overzicht", "plan_actie_overzicht")) {
            jdbc.sql("UPDATE " + tabel + " SET omschrijving = :gewist WHERE omschrijving IS NOT NULL AND casus_id IN "
                            + "(SELECT casus_id FROM casus_overzicht WHERE huishouden_id = :huishoudenId)")
                    .param("gewist", Gewist.PLAATSHOUDER).param("huishoudenId", event.huishoudenId()).update();
        }
    }

    @EventHandler
    void on(CasusOpened event, @Timestamp Instant openedAt) {
        jdbc.sql("""
                        INSERT INTO casus_overzicht (casus_id, huishouden_id, status, geopend_op)
                        VALUES (:casusId, :huishoudenId, :open, :openedAt)
                        ON CONFLICT (casus_id) DO NOTHING""")
                .param("casusId", event.casusId())
                .param("open", CasusStatus.OPEN.name())
                .param("huishoudenId", event.huishoudenId())
                .param("openedAt", tijdstip(openedAt))
                .update();
        labels.voor(event.huishoudenId());
    }

    @EventHandler
    void on(LidRegistered event, @Timestamp Instant registeredAt) {
        jdbc.sql("""
                        INSERT INTO lid_overzicht (persoon_id, huishouden_id, naam, geboortedatum, geregistreerd_op, rol,
                            lid_sinds)
                        VALUES (:persoonId, :huishoudenId, :naam, :geboortedatum, :registeredAt, :rol, :sinds)
                        ON CONFLICT (persoon_id) DO NOTHING""")
                .param("persoonId", event.persoonId())
                .param("huishoudenId", event.huishoudenId())
                .param("naam", event.naam())
                .param("geboortedatum", event.geboortedatum())
                .param("registeredAt", tijdstip(registeredAt))
                .param("rol", event.rol() == null ? null : event.rol().name())
                .param("sinds", LocalDate.ofInstant(registeredAt, Tijdzone.NEDERLAND))
                .update();
        labels.voor(event.huishoudenId());
    }

    /** A member joined on a date of their own; one who left and rejoins is a member again from the new date. */
    @EventHandler
    void on(LidJoined event, @Timestamp Instant joinedAt) {
        jdbc.sql("""
                        INSERT INTO lid_overzicht (persoon_id, huishouden_id, naam, geboortedatum, geregistreerd_op, rol,
                            lid_sinds)
                        VALUES (:persoonId, :huishoudenId, :naam, :geboortedatum, :joinedAt, :rol, :sinds)
                        ON CONFLICT (persoon_id) DO UPDATE SET rol = EXCLUDED.rol, lid_sinds = EXCLUDED.lid_sinds,
                            vertrokken_op = NULL""")
                .param("persoonId", event.persoonId())
                .param("huishoudenId", event.huishoudenId())
                .param("naam", event.naam())
                .param("geboortedatum", event.geboortedatum())
                .param("joinedAt", tijdstip(joinedAt))
                .param("rol", event.rol() == null ? null : event.rol().name())
                .param("sinds", event.datum())
                .update();
        labels.voor(event.huishoudenId());
    }

    @EventHandler
    void on(LidLeft event) {
        jdbc.sql("UPDATE lid_overzicht SET vertrokken_op = :datum WHERE persoon_id = :persoonId")
                .param("datum", event.datum()).param("persoonId", event.persoonId()).update();
        labels.voor(event.huishoudenId());
    }

    @EventHandler
    void on(AdresRegistered event) {
        adres(event.huishoudenId(), event.adres(), event.datum());
    }

    @EventHandler
    void on(HuishoudenMoved event) {
        adres(event.huishoudenId(), event.adres(), event.verhuisdatum());
    }

    private void adres(String huishoudenId, Adres adres, LocalDate sinds) {
        // an erased address reads as absent
        Adres bekend = adres == null ? new Adres(null, null, null, null, null, null) : adres;
        jdbc.sql("""
                        INSERT INTO huishouden_overzicht (huishouden_id, postcode, huisnummer, huisletter,
                            huisnummertoevoeging, straat, woonplaats, adres_sinds, label)
                        VALUES (:huishoudenId, :postcode, :huisnummer, :huisletter, :toevoeging, :straat, :woonplaats,
                            :sinds, :label)
                        ON CONFLICT (huishouden_id) DO UPDATE SET postcode = EXCLUDED.postcode,
                            huisnummer = EXCLUDED.huisnummer, huisletter = EXCLUDED.huisletter,
                            huisnummertoevoeging = EXCLUDED.huisnummertoevoeging, straat = EXCLUDED.straat,
                            woonplaats = EXCLUDED.woonplaats, adres_sinds = EXCLUDED.adres_sinds""")
                .param("huishoudenId", huishoudenId)
                .param("postcode", bekend.postcode())
                .param("huisnummer", bekend.huisnummer())
                .param("huisletter", bekend.huisletter())
                .param("toevoeging", bekend.huisnummertoevoeging())
                .param("straat", bekend.straat())
                .param("woonplaats", bekend.woonplaats())
                .param("sinds", sinds)
                .param("label", HuishoudenLabel.ZONDER_GEGEVENS)
                .update();
        labels.voor(huishoudenId);
    }

    /** The label from the decrypted address and current members, after its changes and erasures, once per batch. */
    private void labelNu(String huishoudenId) {
        String label = HuishoudenLabel.van(reader.adres(huishoudenId).orElse(null), reader.labelLeden(huishoudenId));
        jdbc.sql("""
                        INSERT INTO huishouden_overzicht (huishouden_id, label) VALUES (:huishoudenId, :label)
                        ON CONFLICT (huishouden_id) DO UPDATE SET label = EXCLUDED.label""")
                .param("huishoudenId", huishoudenId).param("label", label).update();
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
                .param("registeredAt", tijdstip(registeredAt))
                .update();
    }

    @EventHandler
    void on(HulpvraagRouted event) {
        jdbc.sql("UPDATE hulpvraag_overzicht SET team = :team WHERE hulpvraag_id = :hulpvraagId")
                .param("team", event.naarTeam())
                .param("hulpvraagId", event.hulpvraagId())
                .update();
    }

    @EventHandler
    void on(CasusTriaged event) {
        jdbc.sql("UPDATE casus_overzicht SET urgentie = :urgentie WHERE casus_id = :casusId")
                .param("urgentie", event.urgentie().name())
                .param("casusId", event.casusId())
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
                        UPDATE casus_overzicht SET regisseur_gebruikersnaam = :gebruikersnaam, regisseur_team = :team
                        WHERE casus_id = :casusId""")
                .param("gebruikersnaam", regisseur.gebruikersnaam())
                .param("team", regisseur.team())
                .param("casusId", casusId)
                .update();
    }

    @EventHandler
    void on(PlanVersionAdopted event, @Timestamp Instant adoptedAt) {
        jdbc.sql("UPDATE casus_overzicht SET plan_versie = :versie, plan_vastgesteld_op = :op WHERE casus_id = :casusId")
                .param("versie", event.versie())
                .param("op", tijdstip(adoptedAt))
                .param("casusId", event.casusId())
                .update();
        jdbc.sql("DELETE FROM plan_doel_overzicht WHERE casus_id = :casusId").param("casusId", event.casusId()).update();
        for (int i = 0; i < event.doelen().size(); i++) {
            jdbc.sql("""
                            INSERT INTO plan_doel_overzicht (casus_id, volgnummer, levensdomein, omschrijving)
                            VALUES (:casusId, :volgnummer, :levensdomein, :omschrijving)""")
                    .param("casusId", event.casusId())
                    .param("volgnummer", i)
                    .param("levensdomein", event.doelen().get(i).levensdomein().name())
                    .param("omschrijving", event.doelen().get(i).omschrijving())
                    .update();
        }
        // like the aggregate: an action keeps its status when a newer version holds it again
        jdbc.sql("UPDATE plan_actie_overzicht SET in_huidige_versie = false WHERE casus_id = :casusId")
                .param("casusId", event.casusId()).update();
        List<Actie> acties = event.acties();
        for (int i = 0; i < acties.size(); i++) {
            Actie actie = acties.get(i);
            jdbc.sql("""
                            INSERT INTO plan_actie_overzicht (casus_id, actie_id, volgnummer, omschrijving, eigenaar,
                                deadline, status, in_huidige_versie)
                            VALUES (:casusId, :actieId, :volgnummer, :omschrijving, :eigenaar, :deadline, :open, true)
                            ON CONFLICT (casus_id, actie_id) DO UPDATE SET volgnummer = excluded.volgnummer,
                                omschrijving = excluded.omschrijving, eigenaar = excluded.eigenaar,
                                deadline = excluded.deadline, in_huidige_versie = true""")
                    .param("casusId", event.casusId())
                    .param("actieId", actie.actieId())
                    .param("volgnummer", i)
                    .param("omschrijving", actie.omschrijving())
                    .param("eigenaar", actie.eigenaar())
                    .param("deadline", actie.deadline())
                    .param("open", ActieStatus.OPEN.name())
                    .update();
        }
    }

    @EventHandler
    void on(PlanActieCompleted event) {
        actieStatus(event.casusId(), event.actieId(), ActieStatus.AFGEROND);
    }

    @EventHandler
    void on(PlanActieCancelled event) {
        actieStatus(event.casusId(), event.actieId(), ActieStatus.GEANNULEERD);
    }

    private void actieStatus(String casusId, String actieId, ActieStatus status) {
        jdbc.sql("UPDATE plan_actie_overzicht SET status = :status WHERE casus_id = :casusId AND actie_id = :actieId")
                .param("status", status.name()).param("casusId", casusId).param("actieId", actieId)
                .update();
    }

    @EventHandler
    void on(CasusEscalatedToProcesregisseur event, @Timestamp Instant at) {
        escalatie(event.casusId(), event.escalatieId(), EscalatieNiveau.PROCESREGISSEUR, event.reden(), at);
    }

    @EventHandler
    void on(CasusEscalatedToDoorbraakteam event, @Timestamp Instant at) {
        escalatie(event.casusId(), event.escalatieId(), EscalatieNiveau.DOORBRAAKTEAM, event.reden(), at);
    }

    @EventHandler
    void on(CasusEscalatedUnderAve event, @Timestamp Instant at) {
        escalatie(event.casusId(), event.escalatieId(), event.niveau(), event.reden(), at);
    }

    private void escalatie(String casusId, String escalatieId, EscalatieNiveau niveau, EscalatieReden reden,
                           Instant sinds) {
        jdbc.sql("""
                        UPDATE casus_overzicht SET escalatie_id = :escalatieId, escalatie_niveau = :niveau,
                            escalatie_reden = :reden, escalatie_sinds = :sinds, escalatie_opgepakt_door = NULL
                        WHERE casus_id = :casusId""")
                .param("escalatieId", escalatieId)
                .param("niveau", niveau.name())
                .param("reden", reden.name())
                .param("sinds", tijdstip(sinds))
                .param("casusId", casusId)
                .update();
    }

    @EventHandler
    void on(EscalatieTakenUp event) {
        jdbc.sql("UPDATE casus_overzicht SET escalatie_opgepakt_door = :door WHERE casus_id = :casusId")
                .param("door", Identiteit.normaliseer(event.behandelaar())).param("casusId", event.casusId())
                .update();
    }

    @EventHandler
    void on(CasusHandedBack event) {
        jdbc.sql("""
                        UPDATE casus_overzicht SET escalatie_id = NULL, escalatie_niveau = NULL,
                            escalatie_reden = NULL, escalatie_sinds = NULL, escalatie_opgepakt_door = NULL
                        WHERE casus_id = :casusId""")
                .param("casusId", event.casusId())
                .update();
    }

    @EventHandler
    void on(DoorbraakApproved event, @Timestamp Instant at) {
        doorbraak(event.casusId(), event.escalatieId(), event.doorbraakId(), true, event.oplossing(), at);
    }

    /** A rejected doorbraak is kept too: the team sees what it already turned down in this trajectory. */
    @EventHandler
    void on(DoorbraakRejected event, @Timestamp Instant at) {
        doorbraak(event.casusId(), event.escalatieId(), event.doorbraakId(), false, event.oplossing(), at);
    }

    private void doorbraak(String casusId, String escalatieId, String doorbraakId, boolean goedgekeurd,
                           String oplossing, Instant beslotenOp) {
        jdbc.sql("""
                        INSERT INTO doorbraak_overzicht (doorbraak_id, casus_id, escalatie_id, goedgekeurd, oplossing,
                            besloten_op)
                        VALUES (:doorbraakId, :casusId, :escalatieId, :goedgekeurd, :oplossing, :beslotenOp)
                        ON CONFLICT (doorbraak_id) DO NOTHING""")
                .param("doorbraakId", doorbraakId)
                .param("casusId", casusId)
                .param("escalatieId", escalatieId)
                .param("goedgekeurd", goedgekeurd)
                .param("oplossing", oplossing)
                .param("beslotenOp", tijdstip(beslotenOp))
                .update();
    }

    @EventHandler
    void on(MaatwerkbudgetRequested event) {
        jdbc.sql("""
                        UPDATE doorbraak_overzicht SET budget_aangevraagd = :bedrag, budget_aanvrager = :aanvrager
                        WHERE doorbraak_id = :doorbraakId""")
                .param("bedrag", event.bedrag())
                .param("aanvrager", Identiteit.normaliseer(event.aanvrager()))
                .param("doorbraakId", event.doorbraakId())
                .update();
    }

    @EventHandler
    void on(MaatwerkbudgetRefused event) {
        jdbc.sql("""
                        UPDATE doorbraak_overzicht SET budget_aangevraagd = NULL, budget_aanvrager = NULL
                        WHERE doorbraak_id = :doorbraakId""")
                .param("doorbraakId", event.doorbraakId())
                .update();
    }

    @EventHandler
    void on(MaatwerkbudgetGranted event) {
        jdbc.sql("""
                        UPDATE doorbraak_overzicht SET budget = :bedrag, budget_aangevraagd = NULL,
                            budget_aanvrager = NULL
                        WHERE doorbraak_id = :doorbraakId""")
                .param("bedrag", event.bedrag()).param("doorbraakId", event.doorbraakId())
                .update();
    }

    @EventHandler
    void on(TermijnStarted event) {
        jdbc.sql("""
                        INSERT INTO termijn_overzicht (termijn_id, casus_id, hulpvraag_id, regime, status, gestart_op,
                            vervalt_op, laatste_dag)
                        VALUES (:termijnId, :casusId, :hulpvraagId, :regime, :lopend, :gestartOp, :vervaltOp,
                            :laatsteDag)
                        ON CONFLICT (termijn_id) DO NOTHING""")
                .param("termijnId", event.termijnId())
                .param("lopend", TermijnStatus.LOPEND.name())
                .param("casusId", event.casusId())
                .param("hulpvraagId", event.hulpvraagId())
                .param("regime", event.regime())
                .param("gestartOp", tijdstip(event.gestartOp()))
                .param("vervaltOp", tijdstip(event.vervaltOp()))
                .param("laatsteDag", LaatsteDag.van(event.laatsteDag(), event.vervaltOp()))
                .update();
    }

    @EventHandler
    void on(TermijnSuspended event) {
        termijnStatus(event.termijnId(), TermijnStatus.OPGESCHORT);
    }

    @EventHandler
    void on(TermijnResumed event) {
        jdbc.sql("""
                        UPDATE termijn_overzicht
                        SET status = :lopend, vervalt_op = :vervaltOp, laatste_dag = :laatsteDag
                        WHERE termijn_id = :id""")
                .param("lopend", TermijnStatus.LOPEND.name())
                .param("vervaltOp", tijdstip(event.vervaltOp()))
                .param("laatsteDag", LaatsteDag.van(event.laatsteDag(), event.vervaltOp()))
                .param("id", event.termijnId())
                .update();
    }

    @EventHandler
    void on(TermijnMet event) {
        termijnStatus(event.termijnId(), TermijnStatus.AFGEROND);
    }

    @EventHandler
    void on(TermijnExpired event) {
        termijnStatus(event.termijnId(), TermijnStatus.VERLOPEN);
    }

    @EventHandler
    void on(TermijnStopped event) {
        termijnStatus(event.termijnId(), TermijnStatus.GESTOPT);
    }

    private void termijnStatus(String termijnId, TermijnStatus status) {
        jdbc.sql("UPDATE termijn_overzicht SET status = :status WHERE termijn_id = :id")
                .param("status", status.name()).param("id", termijnId)
                .update();
    }

    @EventHandler
    void on(CasusClosed event) {
        casusStatus(event.casusId(), CasusStatus.AFGESLOTEN);
    }

    @EventHandler
    void on(CasusReopened event) {
        casusStatus(event.casusId(), CasusStatus.OPEN);
    }

    private void casusStatus(String casusId, CasusStatus status) {
        jdbc.sql("UPDATE casus_overzicht SET status = :status WHERE casus_id = :casusId")
                .param("status", status.name()).param("casusId", casusId)
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("""
                TRUNCATE doorbraak_overzicht, termijn_overzicht, plan_actie_overzicht, plan_doel_overzicht, hulpvraag_overzicht,
                    lid_overzicht, casus_overzicht, huishouden_overzicht""").update();
    }
}
