package nl.integraletoegang.command.huishouden;

import static nl.integraletoegang.command.error.DomainRuleViolation.forbidden;
import static nl.integraletoegang.command.error.DomainRuleViolation.invalid;
import static nl.integraletoegang.command.error.DomainRuleViolation.notFound;
import static nl.integraletoegang.command.error.DomainRuleViolation.refused;
import static nl.integraletoegang.command.error.DomainRuleViolation.required;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import nl.integraletoegang.api.audit.AuditMetadata;
import nl.integraletoegang.api.audit.Identiteit;
import nl.integraletoegang.api.escalatie.ApproveMaatwerkbudget;
import nl.integraletoegang.api.escalatie.CasusEscalatedToDoorbraakteam;
import nl.integraletoegang.api.escalatie.CasusEscalatedToProcesregisseur;
import nl.integraletoegang.api.escalatie.CasusEscalatedUnderAve;
import nl.integraletoegang.api.escalatie.CasusHandedBack;
import nl.integraletoegang.api.escalatie.DecideDoorbraak;
import nl.integraletoegang.api.escalatie.DoorbraakApproved;
import nl.integraletoegang.api.escalatie.DoorbraakRejected;
import nl.integraletoegang.api.escalatie.EscalateToDoorbraakteam;
import nl.integraletoegang.api.escalatie.EscalateToProcesregisseur;
import nl.integraletoegang.api.escalatie.EscalateUnderAve;
import nl.integraletoegang.api.escalatie.EscalatieBesluitRecorded;
import nl.integraletoegang.api.escalatie.EscalatieNiveau;
import nl.integraletoegang.api.escalatie.EscalatieReden;
import nl.integraletoegang.api.escalatie.EscalatieTakenUp;
import nl.integraletoegang.api.escalatie.HandBackCasus;
import nl.integraletoegang.api.escalatie.MaatwerkbudgetGranted;
import nl.integraletoegang.api.escalatie.MaatwerkbudgetRefused;
import nl.integraletoegang.api.escalatie.MaatwerkbudgetRequested;
import nl.integraletoegang.api.escalatie.Pijler;
import nl.integraletoegang.api.escalatie.RecordEscalatieBesluit;
import nl.integraletoegang.api.escalatie.RefuseMaatwerkbudget;
import nl.integraletoegang.api.escalatie.RequestMaatwerkbudget;
import nl.integraletoegang.api.escalatie.TakeUpEscalatie;
import nl.integraletoegang.api.medewerker.Rol;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

/**
 * The escalation ladder of a casus: casusregisseur → procesregisseur → doorbraakteam → the AVE levels
 * (Zorg- en Veiligheidshuis, burgemeester, regionale mandaatcommissie). One trajectory at a time; each step goes
 * exactly one rung up, and only after the current level has taken the escalation up. Handing back ends the
 * trajectory. Doorbraak decisions and maatwerkbudget requests and grants are kept across trajectories.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
class Escalatietraject {

    private String escalatieId;
    private EscalatieNiveau niveau;
    private boolean opgepakt;
    /** Doorbraak id → whether it was approved, whether budget was granted, and the request waiting for approval. */
    private final Map<String, Doorbraak> doorbraken = new HashMap<>();

    /**
     * A request waits while {@code budgetAanvrager} is set. A snapshot taken before the two-step flow has no request
     * fields; they read as absent, which is right, as no request could be waiting then.
     */
    record Doorbraak(boolean goedgekeurd, boolean budgetToegekend, String budgetAanvrager,
                     BigDecimal aangevraagdBedrag) {
    }

    /** Whether an escalation trajectory is running: the casus is not (back) with its casusregisseur. */
    boolean isLopend() {
        return niveau != null;
    }

    void escalateToProcesregisseur(EscalateToProcesregisseur command, boolean getrieerd) {
        if (!getrieerd) {
            throw refused("escalatie-na-triage", "Escaleren kan pas als de casus een casusregisseur heeft.");
        }
        if (isLopend()) {
            throw refused("escalatie-loopt-al", "Er loopt al een escalatie (niveau " + niveau + ").");
        }
        checkReden(command.reden(), command.toelichting());
        apply(new CasusEscalatedToProcesregisseur(command.huishoudenId(), command.casusId(),
                required(command.escalatieId(), "escalatie-id-verplicht", "De escalatie heeft een id nodig."),
                command.reden(), command.toelichting()));
    }

    @CommandHandler
    void handle(EscalateToDoorbraakteam command) {
        checkNextRung(EscalatieNiveau.DOORBRAAKTEAM);
        checkReden(command.reden(), command.toelichting());
        apply(new CasusEscalatedToDoorbraakteam(command.huishoudenId(), command.casusId(), escalatieId,
                command.reden(), command.toelichting()));
    }

    @CommandHandler
    void handle(EscalateUnderAve command) {
        if (command.niveau() == null || !command.niveau().isAve()) {
            throw invalid("ave-niveau", "Kies een niveau van de Aanpak Voorkomen Escalatie: "
                    + "PROCESREGISSEUR_ZORG_EN_VEILIGHEIDSHUIS, BURGEMEESTER of REGIONALE_MANDAATCOMMISSIE.");
        }
        checkNextRung(command.niveau());
        checkReden(command.reden(), command.toelichting());
        apply(new CasusEscalatedUnderAve(command.huishoudenId(), command.casusId(), escalatieId, command.niveau(),
                command.reden(), command.toelichting()));
    }

    private void checkNextRung(EscalatieNiveau volgend) {
        if (!isLopend()) {
            throw refused("escalatieladder", "Escaleer eerst naar een procesregisseur; de ladder slaat geen trede over.");
        }
        if (volgend.ordinal() != niveau.ordinal() + 1) {
            throw refused("escalatieladder", "De escalatie staat op niveau " + niveau + "; de volgende trede is "
                    + EscalatieNiveau.values()[Math.min(niveau.ordinal() + 1, EscalatieNiveau.values().length - 1)]
                    + ", niet " + volgend + ".");
        }
        checkOpgepakt();
    }

    private static void checkReden(EscalatieReden reden, String toelichting) {
        if (reden == null) {
            throw invalid("escalatie-reden-verplicht", "Kies de reden van de escalatie.");
        }
        required(toelichting, "escalatie-toelichting-verplicht", "Licht de escalatie toe.");
    }

    private void checkLopend() {
        if (!isLopend()) {
            throw refused("geen-escalatie", "Er loopt geen escalatie voor deze casus.");
        }
    }

    private void checkOpgepakt() {
        checkLopend();
        if (!opgepakt) {
            throw refused("escalatie-niet-opgepakt", "De escalatie op niveau " + niveau + " is nog niet opgepakt.");
        }
    }

    /**
     * An escalation is taken up, decided and handed back at the level where it waits: a procesregisseur at the
     * procesregisseur's level, the doorbraakteam at its own level and the further AVE levels it carries. The role
     * comes from the command's audit metadata; a command without one (sent by the service itself, not through the
     * API) is not checked, and without a running escalation the command's own check answers.
     */
    private void checkNiveauVan(String rol) {
        if (rol == null || niveau == null) {
            return;
        }
        boolean eigenNiveau = Rol.van(rol).map(Rol::escalatieNiveaus).orElse(Set.of()).contains(niveau);
        if (!eigenNiveau) {
            throw refused("escalatie-ander-niveau", "De escalatie staat op niveau " + niveau
                    + "; alleen dat niveau kan haar oppakken, besluiten en teruggeven.");
        }
    }

    @CommandHandler
    void handle(TakeUpEscalatie command, @MetaDataValue(AuditMetadata.ROLE) String rol) {
        checkNiveauVan(rol);
        checkLopend();
        if (opgepakt) {
            throw refused("escalatie-al-opgepakt", "De escalatie op niveau " + niveau + " is al opgepakt.");
        }
        apply(new EscalatieTakenUp(command.huishoudenId(), command.casusId(), escalatieId, niveau,
                required(command.behandelaar(), "behandelaar-verplicht", "Geef aan wie de escalatie oppakt.")));
    }

    @CommandHandler
    void handle(RecordEscalatieBesluit command, @MetaDataValue(AuditMetadata.ROLE) String rol) {
        checkNiveauVan(rol);
        checkOpgepakt();
        apply(new EscalatieBesluitRecorded(command.huishoudenId(), command.casusId(), escalatieId, niveau,
                required(command.besluit(), "besluit-verplicht", "Beschrijf het besluit.")));
    }

    @CommandHandler
    void handle(HandBackCasus command, @MetaDataValue(AuditMetadata.ROLE) String rol) {
        checkNiveauVan(rol);
        checkOpgepakt();
        apply(new CasusHandedBack(command.huishoudenId(), command.casusId(), escalatieId, niveau,
                required(command.afgesprokenPlan(), "afgesproken-plan-verplicht",
                        "Geef het plan mee waarmee alle partijen akkoord zijn.")));
    }

    @CommandHandler
    void handle(DecideDoorbraak command) {
        if (niveau != EscalatieNiveau.DOORBRAAKTEAM) {
            throw refused("doorbraak-door-doorbraakteam", "Over een doorbraak beslist het doorbraakteam; de casus "
                    + "ligt daar niet.");
        }
        checkOpgepakt();
        required(command.doorbraakId(), "doorbraak-id-verplicht", "De doorbraak heeft een id nodig.");
        if (doorbraken.containsKey(command.doorbraakId())) {
            throw refused("doorbraak-al-besloten", "Over deze doorbraak is al besloten.");
        }
        checkPijler(command.legitimiteit(), "legitimiteit");
        checkPijler(command.betrokkenheid(), "betrokkenheid");
        checkPijler(command.rendement(), "rendement");
        required(command.oplossing(), "oplossing-verplicht", "Beschrijf de oplossing waarover besloten wordt.");
        boolean goedgekeurd = command.legitimiteit().ja() && command.betrokkenheid().ja() && command.rendement().ja();
        if (goedgekeurd) {
            apply(new DoorbraakApproved(command.huishoudenId(), command.casusId(), escalatieId, command.doorbraakId(),
                    command.legitimiteit(), command.betrokkenheid(), command.rendement(), command.oplossing()));
        } else {
            apply(new DoorbraakRejected(command.huishoudenId(), command.casusId(), escalatieId, command.doorbraakId(),
                    command.legitimiteit(), command.betrokkenheid(), command.rendement(), command.oplossing()));
        }
    }

    private static void checkPijler(Pijler pijler, String naam) {
        if (pijler == null || pijler.motivering() == null || pijler.motivering().isBlank()) {
            throw invalid("pijler-met-motivering", "Beantwoord de vraag naar de " + naam + " met ja of nee én een "
                    + "motivering; zonder de drie motiveringen is er geen besluit.");
        }
    }

    /**
     * Four eyes means two authenticated people: the requester is whoever sends the request and the approver whoever
     * approves, both members of the doorbraakteam acting themselves (the actor and role of the command's audit
     * metadata, set by the service from the login, never from the request body), compared by their normalised
     * identity. A command without an authenticated doorbraakteam member behind it is refused.
     */
    @CommandHandler
    void handle(RequestMaatwerkbudget command, @MetaDataValue(AuditMetadata.ACTOR) String actor,
                @MetaDataValue(AuditMetadata.ROLE) String rol) {
        String aanvrager = doorbraakteamlid(actor, rol, "aanvragen");
        Doorbraak doorbraak = goedgekeurdeDoorbraak(command.doorbraakId());
        if (doorbraak.budgetToegekend()) {
            throw refused("budget-al-toegekend", "Voor deze doorbraak is al maatwerkbudget toegekend.");
        }
        if (doorbraak.budgetAanvrager() != null) {
            throw refused("budget-al-aangevraagd", "Voor deze doorbraak wacht al een aanvraag voor maatwerkbudget op "
                    + "goedkeuring.");
        }
        if (command.bedrag() == null || command.bedrag().compareTo(BigDecimal.ZERO) <= 0) {
            throw invalid("bedrag-positief", "Het bedrag moet groter zijn dan nul.");
        }
        apply(new MaatwerkbudgetRequested(command.huishoudenId(), command.casusId(), command.doorbraakId(),
                command.bedrag(), aanvrager, command.bestemming()));
    }

    @CommandHandler
    void handle(ApproveMaatwerkbudget command, @MetaDataValue(AuditMetadata.ACTOR) String actor,
                @MetaDataValue(AuditMetadata.ROLE) String rol) {
        String goedkeurder = doorbraakteamlid(actor, rol, "goedkeuren");
        Doorbraak doorbraak = aangevraagdBudget(command.doorbraakId(), goedkeurder);
        apply(new MaatwerkbudgetGranted(command.huishoudenId(), command.casusId(), command.doorbraakId(),
                doorbraak.aangevraagdBedrag(), doorbraak.budgetAanvrager(), goedkeurder, null));
    }

    @CommandHandler
    void handle(RefuseMaatwerkbudget command, @MetaDataValue(AuditMetadata.ACTOR) String actor,
                @MetaDataValue(AuditMetadata.ROLE) String rol) {
        String afwijzer = doorbraakteamlid(actor, rol, "afwijzen");
        Doorbraak doorbraak = aangevraagdBudget(command.doorbraakId(), afwijzer);
        String reden = required(command.reden(), "afwijzing-reden-verplicht",
                "Geef de reden waarom het maatwerkbudget wordt afgewezen.");
        apply(new MaatwerkbudgetRefused(command.huishoudenId(), command.casusId(), command.doorbraakId(),
                doorbraak.aangevraagdBedrag(), doorbraak.budgetAanvrager(), afwijzer, reden));
    }

    private static String doorbraakteamlid(String actor, String rol, String handeling) {
        String identiteit = Identiteit.normaliseer(actor);
        if (identiteit == null || identiteit.isEmpty() || !Rol.DOORBRAAKTEAM.name().equals(rol)) {
            throw forbidden("budget-door-doorbraakteam", "Maatwerkbudget " + handeling + " doet een ingelogd lid "
                    + "van het doorbraakteam zelf.");
        }
        return identiteit;
    }

    private Doorbraak goedgekeurdeDoorbraak(String doorbraakId) {
        Doorbraak doorbraak = doorbraken.get(doorbraakId);
        if (doorbraak == null) {
            throw notFound("doorbraak-onbekend", "Deze casus heeft geen doorbraak met dit id.");
        }
        if (!doorbraak.goedgekeurd()) {
            throw refused("budget-na-goedgekeurde-doorbraak", "Maatwerkbudget is alleen mogelijk voor een "
                    + "goedgekeurde doorbraak.");
        }
        return doorbraak;
    }

    /** The doorbraak whose requested budget waits for a decision by {@code beoordelaar}, another person. */
    private Doorbraak aangevraagdBudget(String doorbraakId, String beoordelaar) {
        Doorbraak doorbraak = goedgekeurdeDoorbraak(doorbraakId);
        if (doorbraak.budgetToegekend()) {
            throw refused("budget-al-toegekend", "Voor deze doorbraak is al maatwerkbudget toegekend.");
        }
        if (doorbraak.budgetAanvrager() == null) {
            throw refused("budget-niet-aangevraagd", "Voor deze doorbraak wacht geen aanvraag voor maatwerkbudget op "
                    + "goedkeuring.");
        }
        if (Identiteit.dezelfde(doorbraak.budgetAanvrager(), beoordelaar)) {
            throw refused("vier-ogen", "Je hebt dit maatwerkbudget zelf aangevraagd; een ander lid van het "
                    + "doorbraakteam keurt het goed of wijst het af.");
        }
        return doorbraak;
    }

    @EventSourcingHandler
    void on(CasusEscalatedToProcesregisseur event) {
        escalatieId = event.escalatieId();
        niveau = EscalatieNiveau.PROCESREGISSEUR;
        opgepakt = false;
    }

    @EventSourcingHandler
    void on(CasusEscalatedToDoorbraakteam event) {
        niveau = EscalatieNiveau.DOORBRAAKTEAM;
        opgepakt = false;
    }

    @EventSourcingHandler
    void on(CasusEscalatedUnderAve event) {
        niveau = event.niveau();
        opgepakt = false;
    }

    @EventSourcingHandler
    void on(EscalatieTakenUp event) {
        opgepakt = true;
    }

    @EventSourcingHandler
    void on(CasusHandedBack event) {
        escalatieId = null;
        niveau = null;
        opgepakt = false;
    }

    @EventSourcingHandler
    void on(DoorbraakApproved event) {
        doorbraken.put(event.doorbraakId(), new Doorbraak(true, false, null, null));
    }

    @EventSourcingHandler
    void on(DoorbraakRejected event) {
        doorbraken.put(event.doorbraakId(), new Doorbraak(false, false, null, null));
    }

    @EventSourcingHandler
    void on(MaatwerkbudgetRequested event) {
        doorbraken.computeIfPresent(event.doorbraakId(), (id, d) -> new Doorbraak(d.goedgekeurd(), false,
                Identiteit.normaliseer(event.aanvrager()), event.bedrag()));
    }

    @EventSourcingHandler
    void on(MaatwerkbudgetRefused event) {
        doorbraken.computeIfPresent(event.doorbraakId(), (id, d) -> new Doorbraak(d.goedgekeurd(), false, null, null));
    }

    /** Also a grant from before the two-step flow, which had no request before it. */
    @EventSourcingHandler
    void on(MaatwerkbudgetGranted event) {
        doorbraken.computeIfPresent(event.doorbraakId(), (id, d) -> new Doorbraak(d.goedgekeurd(), true, null, null));
    }
}
