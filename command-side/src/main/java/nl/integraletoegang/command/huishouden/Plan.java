package nl.integraletoegang.command.huishouden;

import static nl.integraletoegang.command.error.DomainRuleViolation.invalid;
import static nl.integraletoegang.command.error.DomainRuleViolation.notFound;
import static nl.integraletoegang.command.error.DomainRuleViolation.refused;
import static nl.integraletoegang.command.error.DomainRuleViolation.required;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import nl.integraletoegang.api.plan.Actie;
import nl.integraletoegang.api.plan.ActieStatus;
import nl.integraletoegang.api.plan.AdoptPlanVersion;
import nl.integraletoegang.api.plan.CancelPlanActie;
import nl.integraletoegang.api.plan.CompletePlanActie;
import nl.integraletoegang.api.plan.Doel;
import nl.integraletoegang.api.plan.PlanActieCancelled;
import nl.integraletoegang.api.plan.PlanActieCompleted;
import nl.integraletoegang.api.plan.PlanVersionAdopted;
import nl.integraletoegang.api.samenvoeging.HuishoudenAbsorbed;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * The casus's one plan. Each adopted version supersedes the previous one; the events keep the history. Actions
 * are known by id across versions, so an action that was done or cancelled stays so when a newer version names it
 * again; actions left out of the newest version no longer count as open.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
class Plan {

    private int versie;
    private final Map<String, ActieStatus> statussen = new HashMap<>();
    private final Set<String> huidigeActies = new LinkedHashSet<>();

    /** The actions of the adopted version that are neither done nor cancelled. */
    int openActies() {
        return (int) huidigeActies.stream().filter(id -> statussen.get(id) == ActieStatus.OPEN).count();
    }

    void adopt(AdoptPlanVersion command, boolean getrieerd) {
        if (!getrieerd) {
            throw refused("plan-na-triage", "Een plan wordt vastgesteld na de brede uitvraag, als de casus een "
                    + "casusregisseur heeft.");
        }
        if (command.doelen().isEmpty()) {
            throw invalid("plan-zonder-doelen", "Een plan heeft ten minste één doel.");
        }
        for (Doel doel : command.doelen()) {
            if (doel.levensdomein() == null) {
                throw invalid("doel-levensdomein-verplicht", "Elk doel hoort bij een levensdomein.");
            }
            required(doel.omschrijving(), "doel-omschrijving-verplicht", "Elk doel heeft een omschrijving.");
        }
        Set<String> ids = new HashSet<>();
        for (Actie actie : command.acties()) {
            required(actie.actieId(), "actie-id-verplicht", "Elke actie heeft een id.");
            required(actie.omschrijving(), "actie-omschrijving-verplicht", "Elke actie heeft een omschrijving.");
            required(actie.eigenaar(), "actie-eigenaar-verplicht", "Elke actie heeft een eigenaar.");
            if (actie.deadline() == null) {
                throw invalid("actie-deadline-verplicht", "Elke actie heeft een datum waarop ze klaar moet zijn.");
            }
            if (!ids.add(actie.actieId())) {
                throw invalid("actie-dubbel", "Een actie-id staat twee keer in het plan; geef elke actie een eigen actieId.");
            }
        }
        apply(new PlanVersionAdopted(command.huishoudenId(), command.casusId(), versie + 1,
                versie == 0 ? null : versie, command.doelen(), command.acties()));
    }

    @CommandHandler
    void handle(CompletePlanActie command) {
        checkOpen(command.actieId());
        apply(new PlanActieCompleted(command.huishoudenId(), command.casusId(), command.actieId()));
    }

    @CommandHandler
    void handle(CancelPlanActie command) {
        String reden = required(command.reden(), "reden-verplicht", "Geef een reden om de actie te annuleren.");
        checkOpen(command.actieId());
        apply(new PlanActieCancelled(command.huishoudenId(), command.casusId(), command.actieId(), reden));
    }

    private void checkOpen(String actieId) {
        if (!huidigeActies.contains(actieId)) {
            throw notFound("actie-onbekend", "Het vastgestelde plan heeft geen actie met dit id.");
        }
        ActieStatus status = statussen.get(actieId);
        if (status != ActieStatus.OPEN) {
            throw refused("actie-niet-open", "Deze actie is al " + (status == ActieStatus.AFGEROND
                    ? "afgerond" : "geannuleerd") + ".");
        }
    }

    @EventSourcingHandler
    void on(PlanVersionAdopted event) {
        versie = event.versie();
        huidigeActies.clear();
        for (Actie actie : event.acties()) {
            huidigeActies.add(actie.actieId());
            statussen.putIfAbsent(actie.actieId(), ActieStatus.OPEN);
        }
    }

    /** The open actions of a household merged into this one join the current version, still open. */
    @EventSourcingHandler
    void on(HuishoudenAbsorbed event) {
        for (Actie actie : event.overdracht().acties()) {
            huidigeActies.add(actie.actieId());
            statussen.put(actie.actieId(), ActieStatus.OPEN);
        }
    }

    @EventSourcingHandler
    void on(PlanActieCompleted event) {
        statussen.put(event.actieId(), ActieStatus.AFGEROND);
    }

    @EventSourcingHandler
    void on(PlanActieCancelled event) {
        statussen.put(event.actieId(), ActieStatus.GEANNULEERD);
    }
}
