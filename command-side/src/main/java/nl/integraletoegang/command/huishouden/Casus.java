package nl.integraletoegang.command.huishouden;

import static nl.integraletoegang.command.error.DomainRuleViolation.invalid;
import static nl.integraletoegang.command.error.DomainRuleViolation.notFound;
import static nl.integraletoegang.command.error.DomainRuleViolation.refused;
import static nl.integraletoegang.command.error.DomainRuleViolation.required;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.integraletoegang.api.audit.Identiteit;
import nl.integraletoegang.api.casus.CasusClosed;
import nl.integraletoegang.api.casus.CasusTriaged;
import nl.integraletoegang.api.casus.Casusregisseur;
import nl.integraletoegang.api.casus.CasusregisseurAppointed;
import nl.integraletoegang.api.casus.CasusregisseurChanged;
import nl.integraletoegang.api.casus.ChangeCasusregisseur;
import nl.integraletoegang.api.casus.CloseCasus;
import nl.integraletoegang.api.casus.Dreiging;
import nl.integraletoegang.api.casus.HulpvraagRouted;
import nl.integraletoegang.api.casus.MeldingRegistered;
import nl.integraletoegang.api.casus.RouteHulpvraag;
import nl.integraletoegang.api.casus.TriageCasus;
import nl.integraletoegang.api.casus.Uitkomst;
import nl.integraletoegang.api.escalatie.EscalateToProcesregisseur;
import nl.integraletoegang.api.plan.AdoptPlanVersion;
import nl.integraletoegang.api.samenvoeging.HuishoudenAbsorbed;
import nl.integraletoegang.api.samenvoeging.Overdracht;
import nl.integraletoegang.api.termijn.StartTermijn;
import nl.integraletoegang.command.termijn.TermijnKalender;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.EntityId;

/**
 * The household's open casus: its hulpvragen and the team handling each, the triage and the one casusregisseur,
 * and its plan, escalation trajectory and termijnen (each an entity of its own). Closing it needs everything
 * arranged: no open plan action, no running escalation, an outcome for every hulpvraag.
 *
 * <p>Axon hands it the commands on the casus once the household has checked that they name its open casus (see
 * {@link Huishouden}); it handles those whose rule needs the casus itself (its hulpvragen, whether it was triaged) and
 * passes the rest on to its plan, escalation trajectory and termijnen.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
class Casus {

    @EntityId
    private String casusId;
    private final Map<String, Hulpvraag> hulpvragen = new LinkedHashMap<>();
    private boolean getrieerd;
    private Casusregisseur regisseur;

    @AggregateMember
    private Plan plan = new Plan();
    @AggregateMember
    private Escalatietraject escalatie = new Escalatietraject();
    @AggregateMember
    private Termijnen termijnen = new Termijnen();

    /** A hulpvraag as the casus needs it for its rules: which team handles it, and what threatens. */
    record Hulpvraag(String team, Set<Dreiging> dreigingen) {
    }

    private Casus() {
        // for snapshots
    }

    Casus(String casusId) {
        this.casusId = casusId;
    }

    String casusId() {
        return casusId;
    }

    /**
     * Whether the worker (by normalised identity) is its regisseur, of the regisseur's team, or of a team one of its
     * hulpvragen is at.
     */
    boolean werktEraan(String gebruikersnaam, String team) {
        if (regisseur != null && (Identiteit.dezelfde(regisseur.gebruikersnaam(), gebruikersnaam)
                || team != null && team.equals(regisseur.team()))) {
            return true;
        }
        return team != null && hulpvragen.values().stream().anyMatch(hulpvraag -> team.equals(hulpvraag.team()));
    }

    Termijnen termijnen() {
        return termijnen;
    }

    private Hulpvraag hulpvraag(String hulpvraagId) {
        Hulpvraag hulpvraag = hulpvragen.get(hulpvraagId);
        if (hulpvraag == null) {
            throw notFound("hulpvraag-onbekend", "De casus heeft geen hulpvraag met dit id (hulpvraagId).");
        }
        return hulpvraag;
    }

    @CommandHandler
    void handle(RouteHulpvraag command) {
        Hulpvraag hulpvraag = hulpvraag(command.hulpvraagId());
        String naarTeam = required(command.naarTeam(), "team-verplicht", "Geef aan naar welk team de hulpvraag gaat.");
        if (naarTeam.equals(hulpvraag.team())) {
            throw refused("hulpvraag-al-bij-team", "De hulpvraag ligt al bij team " + naarTeam + ".");
        }
        apply(new HulpvraagRouted(command.huishoudenId(), casusId, command.hulpvraagId(), hulpvraag.team(), naarTeam));
    }

    @CommandHandler
    void handle(TriageCasus command) {
        if (getrieerd) {
            throw refused("triage-eenmalig", "De brede uitvraag van deze casus is al vastgelegd. Een andere "
                    + "casusregisseur aanwijzen gaat via 'regisseur wijzigen', met een reden.");
        }
        if (command.levensdomeinen() == null || command.levensdomeinen().isEmpty()) {
            throw invalid("levensdomein-verplicht", "Geef aan welke levensdomeinen bij de hulpvraag betrokken zijn.");
        }
        if (command.urgentie() == null) {
            throw invalid("urgentie-verplicht", "Geef de urgentie van de hulpvraag aan.");
        }
        Hulpvraag zwaarste = hulpvraag(command.zwaarsteVraagstukHulpvraagId());
        checkRegisseur(command.regisseur());
        if (!command.regisseur().team().equals(zwaarste.team())) {
            throw refused("regisseur-uit-team-zwaarste-vraagstuk", "De casusregisseur komt uit het team dat het "
                    + "zwaarste vraagstuk behandelt (team " + zwaarste.team() + "), niet uit team "
                    + command.regisseur().team() + ".");
        }
        apply(new CasusTriaged(command.huishoudenId(), casusId, command.integraleHulpvraag(),
                command.levensdomeinen(), command.urgentie(), command.zwaarsteVraagstukHulpvraagId()));
        apply(new CasusregisseurAppointed(command.huishoudenId(), casusId, command.regisseur()));
    }

    @CommandHandler
    void handle(ChangeCasusregisseur command) {
        if (!getrieerd) {
            throw refused("regisseur-na-triage", "De casus heeft nog geen casusregisseur: die wordt bij de brede "
                    + "uitvraag aangewezen.");
        }
        checkRegisseur(command.nieuweRegisseur());
        String reden = required(command.reden(), "reden-verplicht", "Geef een reden om de casusregisseur te wijzigen.");
        if (command.nieuweRegisseur().equals(regisseur)) {
            throw refused("zelfde-regisseur", "Deze medewerker is al de casusregisseur.");
        }
        apply(new CasusregisseurChanged(command.huishoudenId(), casusId, regisseur, command.nieuweRegisseur(), reden));
    }

    @CommandHandler
    void handle(AdoptPlanVersion command) {
        plan.adopt(command, getrieerd);
    }

    @CommandHandler
    void handle(EscalateToProcesregisseur command) {
        escalatie.escalateToProcesregisseur(command, getrieerd);
    }

    /** A clock runs for a hulpvraag of the casus, in the law's urgent variant when what threatens makes it urgent. */
    @CommandHandler
    void handle(StartTermijn command, TermijnKalender kalender, DeadlineManager deadlines, Clock clock) {
        boolean spoed = hulpvraag(command.hulpvraagId()).dreigingen().stream()
                .anyMatch(Dreiging::maaktSchuldhulpSpoedeisend);
        termijnen.start(command.huishoudenId(), casusId, command.hulpvraagId(), command.termijnId(), command.regime(),
                spoed, kalender, deadlines, clock.instant());
    }

    private static void checkRegisseur(Casusregisseur regisseur) {
        if (regisseur == null || regisseur.gebruikersnaam() == null || regisseur.gebruikersnaam().isBlank()
                || regisseur.team() == null || regisseur.team().isBlank()) {
            throw invalid("regisseur-verplicht", "Geef de casusregisseur op: gebruikersnaam en team.");
        }
    }

    @CommandHandler
    void handle(CloseCasus command, DeadlineManager deadlines) {
        int openActies = plan.openActies();
        if (openActies > 0) {
            throw refused("sluiten-met-open-acties", "De casus kan niet gesloten worden: " + openActies
                    + (openActies == 1 ? " plan-actie staat" : " plan-acties staan") + " nog open. Rond ze af of "
                    + "annuleer ze met een reden; we laten pas los als alles geregeld is.");
        }
        if (escalatie.isLopend()) {
            throw refused("sluiten-tijdens-escalatie", "De casus kan niet gesloten worden zolang de escalatie loopt. "
                    + "Laat de casus eerst teruggeven aan de casusregisseur.");
        }
        for (String hulpvraagId : command.uitkomsten().keySet()) {
            hulpvraag(hulpvraagId);
        }
        if (command.uitkomsten().containsValue(Uitkomst.SAMENGEVOEGD)) {
            throw invalid("uitkomst-samengevoegd", "De uitkomst SAMENGEVOEGD ontstaat alleen door huishoudens samen "
                    + "te voegen; kies een andere uitkomst of voeg het huishouden samen met het huishouden waar het "
                    + "dubbel mee is.");
        }
        List<String> zonderUitkomst = hulpvragen.keySet().stream()
                .filter(id -> command.uitkomsten().get(id) == null)
                .toList();
        if (!zonderUitkomst.isEmpty()) {
            throw invalid("uitkomst-per-hulpvraag", "Geef voor elke hulpvraag een uitkomst; "
                    + zonderUitkomst.size() + " hulpvra" + (zonderUitkomst.size() == 1 ? "ag heeft" : "gen hebben")
                    + " er nog geen.");
        }
        termijnen.stopAll("Casus gesloten", deadlines);
        apply(new CasusClosed(command.huishoudenId(), casusId, command.uitkomsten()));
    }

    @EventSourcingHandler
    void on(MeldingRegistered event) {
        hulpvragen.put(event.hulpvraagId(), new Hulpvraag(event.team(), event.dreigingen()));
    }

    /** The hulpvragen of a household merged into this one continue here, at the team handling each. */
    @EventSourcingHandler
    void on(HuishoudenAbsorbed event) {
        for (Overdracht.Hulpvraag hulpvraag : event.overdracht().hulpvragen()) {
            hulpvragen.put(hulpvraag.hulpvraagId(), new Hulpvraag(hulpvraag.team(), hulpvraag.dreigingen()));
        }
    }

    @EventSourcingHandler
    void on(HulpvraagRouted event) {
        hulpvragen.computeIfPresent(event.hulpvraagId(), (id, h) -> new Hulpvraag(event.naarTeam(), h.dreigingen()));
    }

    @EventSourcingHandler
    void on(CasusTriaged event) {
        getrieerd = true;
    }

    @EventSourcingHandler
    void on(CasusregisseurAppointed event) {
        regisseur = event.regisseur();
    }

    @EventSourcingHandler
    void on(CasusregisseurChanged event) {
        regisseur = event.nieuweRegisseur();
    }
}
