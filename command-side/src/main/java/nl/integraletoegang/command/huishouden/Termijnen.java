package nl.integraletoegang.command.huishouden;

import static nl.integraletoegang.command.error.DomainRuleViolation.invalid;
import static nl.integraletoegang.command.error.DomainRuleViolation.notFound;
import static nl.integraletoegang.command.error.DomainRuleViolation.refused;
import static nl.integraletoegang.command.error.DomainRuleViolation.required;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.integraletoegang.api.samenvoeging.HuishoudenAbsorbed;
import nl.integraletoegang.api.samenvoeging.Overdracht;
import nl.integraletoegang.api.termijn.CompleteTermijn;
import nl.integraletoegang.api.termijn.ResumeTermijn;
import nl.integraletoegang.api.termijn.SuspendTermijn;
import nl.integraletoegang.api.termijn.TermijnAboutToExpire;
import nl.integraletoegang.api.termijn.TermijnExpired;
import nl.integraletoegang.api.termijn.TermijnMet;
import nl.integraletoegang.api.termijn.TermijnResumed;
import nl.integraletoegang.api.termijn.TermijnStarted;
import nl.integraletoegang.api.termijn.TermijnStopped;
import nl.integraletoegang.api.termijn.TermijnSuspended;
import nl.integraletoegang.api.termijn.TermijnStatus;
import nl.integraletoegang.command.termijn.Termijn;
import nl.integraletoegang.command.termijn.TermijnDeadline;
import nl.integraletoegang.command.termijn.TermijnKalender;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;

/**
 * The legal clocks of a casus's hulpvragen. Starting a clock schedules two durable deadlines (the warning and the
 * expiry); suspending cancels them and keeps the time that was left; resuming schedules them again for the new
 * expiry. Suspension is an event, never a silently moved date.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
class Termijnen {

    /** {@code spoed}: the urgent variant runs, so a resumption counts in its unit. */
    record Stand(String hulpvraagId, String regime, boolean spoed, TermijnStatus status, LocalDate laatsteDag,
                 Instant vervaltOp, Instant opgeschortOp, boolean gewaarschuwd) {

        Stand met(TermijnStatus nieuw) {
            return new Stand(hulpvraagId, regime, spoed, nieuw, laatsteDag, vervaltOp, opgeschortOp, gewaarschuwd);
        }
    }

    private final Map<String, Stand> standen = new LinkedHashMap<>();

    void start(String huishoudenId, String casusId, String hulpvraagId, String termijnId, String regime,
                      boolean spoed, TermijnKalender kalender, DeadlineManager deadlines, Instant nu) {
        required(termijnId, "termijn-id-verplicht", "De termijn heeft een id nodig.");
        required(regime, "regime-verplicht", "Geef het regime van de termijn op.");
        if (!kalender.kent(regime)) {
            throw invalid("onbekend-regime", "Onbekend termijnregime: het veld regime noemt geen regime van deze gemeente.");
        }
        boolean loopt = standen.values().stream()
                .anyMatch(s -> s.status().isActief() && s.hulpvraagId().equals(hulpvraagId)
                        && s.regime().equals(regime));
        if (loopt || standen.containsKey(termijnId)) {
            throw refused("termijn-loopt-al", "Voor deze hulpvraag loopt al een termijn onder regime " + regime + ".");
        }
        Termijn termijn = kalender.bereken(regime, nu, spoed);
        apply(new TermijnStarted(huishoudenId, casusId, hulpvraagId, termijnId, regime, termijn.spoed(), nu,
                termijn.vervaltOp(), termijn.waarschuwingOp(), termijn.laatsteDag()));
        schedule(deadlines, termijnId, termijn);
    }

    @CommandHandler
    void handle(SuspendTermijn command, DeadlineManager deadlines, Clock clock) {
        Instant nu = clock.instant();
        Stand stand = stand(command.termijnId());
        String reden = required(command.reden(), "reden-verplicht", "Geef een reden om de termijn op te schorten.");
        if (stand.status() != TermijnStatus.LOPEND) {
            throw refused("termijn-loopt-niet", "Alleen een lopende termijn kan worden opgeschort; deze is "
                    + stand.status().name().toLowerCase() + ".");
        }
        apply(new TermijnSuspended(command.huishoudenId(), command.casusId(), command.termijnId(), reden, nu));
        cancel(deadlines, command.termijnId());
    }

    @CommandHandler
    void handle(ResumeTermijn command, TermijnKalender kalender, DeadlineManager deadlines, Clock clock) {
        Instant nu = clock.instant();
        Stand stand = stand(command.termijnId());
        String reden = required(command.reden(), "reden-verplicht", "Geef een reden om de termijn te hervatten.");
        if (stand.status() != TermijnStatus.OPGESCHORT) {
            throw refused("termijn-niet-opgeschort", "Alleen een opgeschorte termijn kan worden hervat.");
        }
        Termijn termijn = kalender.hervat(stand.regime(), stand.spoed(), stand.opgeschortOp(),
                stand.laatsteDag(), nu);
        apply(new TermijnResumed(command.huishoudenId(), command.casusId(), command.termijnId(), reden, nu,
                termijn.vervaltOp(), termijn.waarschuwingOp(), termijn.laatsteDag()));
        schedule(deadlines, command.termijnId(), termijn);
    }

    @CommandHandler
    void handle(CompleteTermijn command, DeadlineManager deadlines, Clock clock) {
        Instant nu = clock.instant();
        Stand stand = stand(command.termijnId());
        if (!stand.status().isActief() && stand.status() != TermijnStatus.VERLOPEN) {
            throw refused("termijn-al-beeindigd", "Deze termijn is al " + stand.status().name().toLowerCase() + ".");
        }
        boolean opTijd = stand.status() == TermijnStatus.OPGESCHORT || !nu.isAfter(stand.vervaltOp());
        apply(new TermijnMet(command.huishoudenId(), command.casusId(), command.termijnId(), nu, opTijd));
        cancel(deadlines, command.termijnId());
    }

    /** Ends every clock that still runs, for a reason such as the closure of the casus. */
    void stopAll(String reden, DeadlineManager deadlines) {
        standen.entrySet().stream().filter(e -> e.getValue().status().isActief()).map(Map.Entry::getKey).toList()
                .forEach(termijnId -> {
                    apply(new TermijnStopped(huishoudenId(), casusId(), termijnId, reden));
                    cancel(deadlines, termijnId);
                });
    }

    /**
     * A scheduled moment arrived: warn or expire, unless the clock moved on since it was scheduled. The events carry
     * the given metadata: the system's, as no user acted.
     */
    void onDeadline(TermijnDeadline deadline, MetaData systeem) {
        Stand stand = standen.get(deadline.termijnId());
        if (stand == null || stand.status() != TermijnStatus.LOPEND
                || !stand.vervaltOp().equals(deadline.vervaltOp())) {
            return;
        }
        if (deadline.soort() == TermijnDeadline.Soort.WAARSCHUWING && !stand.gewaarschuwd()) {
            apply(new TermijnAboutToExpire(huishoudenId(), casusId(), deadline.termijnId(), stand.regime(),
                    stand.vervaltOp(), stand.laatsteDag()), systeem);
        } else if (deadline.soort() == TermijnDeadline.Soort.VERVAL) {
            apply(new TermijnExpired(huishoudenId(), casusId(), deadline.termijnId(), stand.regime(),
                    stand.vervaltOp(), stand.laatsteDag()), systeem);
        }
    }

    private Stand stand(String termijnId) {
        Stand stand = standen.get(termijnId);
        if (stand == null) {
            throw notFound("termijn-onbekend", "De casus heeft geen termijn met dit id.");
        }
        return stand;
    }

    private static void schedule(DeadlineManager deadlines, String termijnId, Termijn termijn) {
        TermijnDeadline waarschuwing =
                new TermijnDeadline(termijnId, TermijnDeadline.Soort.WAARSCHUWING, termijn.vervaltOp());
        TermijnDeadline verval = new TermijnDeadline(termijnId, TermijnDeadline.Soort.VERVAL, termijn.vervaltOp());
        deadlines.schedule(termijn.waarschuwingOp(), waarschuwing.name(), waarschuwing);
        deadlines.schedule(termijn.vervaltOp(), verval.name(), verval);
    }

    /**
     * Schedules the deadlines of a clock another household handed over in a merge, for the moments it already had:
     * the warning only when it has not warned yet.
     */
    static void scheduleOvergenomen(DeadlineManager deadlines, String termijnId, Instant waarschuwingOp,
                                           Instant vervaltOp, boolean gewaarschuwd) {
        if (!gewaarschuwd && waarschuwingOp != null) {
            TermijnDeadline waarschuwing =
                    new TermijnDeadline(termijnId, TermijnDeadline.Soort.WAARSCHUWING, vervaltOp);
            deadlines.schedule(waarschuwingOp, waarschuwing.name(), waarschuwing);
        }
        TermijnDeadline verval = new TermijnDeadline(termijnId, TermijnDeadline.Soort.VERVAL, vervaltOp);
        deadlines.schedule(vervaltOp, verval.name(), verval);
    }

    /** Cancels a clock's deadlines in the scope of the household handling the command, e.g. the one merged away. */
    static void cancel(DeadlineManager deadlines, String termijnId) {
        for (TermijnDeadline.Soort soort : TermijnDeadline.Soort.values()) {
            deadlines.cancelAllWithinScope(new TermijnDeadline(termijnId, soort, null).name());
        }
    }

    // Deadlines and closure act on clocks that were started, so the ids of the first start are the casus's ids.
    private String huishoudenId;
    private String casusId;

    private String huishoudenId() {
        return huishoudenId;
    }

    private String casusId() {
        return casusId;
    }

    @EventSourcingHandler
    void on(TermijnStarted event) {
        huishoudenId = event.huishoudenId();
        casusId = event.casusId();
        standen.put(event.termijnId(), new Stand(event.hulpvraagId(), event.regime(), event.spoed(),
                TermijnStatus.LOPEND, event.laatsteDag(), event.vervaltOp(), null, false));
    }

    @EventSourcingHandler
    void on(TermijnSuspended event) {
        standen.computeIfPresent(event.termijnId(), (id, s) -> new Stand(s.hulpvraagId(), s.regime(),
                s.spoed(), TermijnStatus.OPGESCHORT, s.laatsteDag(), s.vervaltOp(), event.opgeschortOp(),
                s.gewaarschuwd()));
    }

    @EventSourcingHandler
    void on(TermijnResumed event) {
        standen.computeIfPresent(event.termijnId(), (id, s) -> new Stand(s.hulpvraagId(), s.regime(), s.spoed(),
                TermijnStatus.LOPEND, event.laatsteDag(), event.vervaltOp(), null, false));
    }

    @EventSourcingHandler
    void on(TermijnAboutToExpire event) {
        standen.computeIfPresent(event.termijnId(), (id, s) -> new Stand(s.hulpvraagId(), s.regime(), s.spoed(),
                s.status(), s.laatsteDag(), s.vervaltOp(), s.opgeschortOp(), true));
    }

    @EventSourcingHandler
    void on(TermijnExpired event) {
        standen.computeIfPresent(event.termijnId(), (id, s) -> s.met(TermijnStatus.VERLOPEN));
    }

    @EventSourcingHandler
    void on(TermijnMet event) {
        standen.computeIfPresent(event.termijnId(), (id, s) -> s.met(TermijnStatus.AFGEROND));
    }

    /** Clocks handed over in a merge continue here as they stood: same start, suspension, last day and expiry. */
    @EventSourcingHandler
    void on(HuishoudenAbsorbed event) {
        if (huishoudenId == null) {
            huishoudenId = event.huishoudenId();
            casusId = event.casusId();
        }
        for (Overdracht.Termijn t : event.overdracht().termijnen()) {
            standen.put(t.termijnId(), new Stand(t.hulpvraagId(), t.regime(), t.spoed(),
                    TermijnStatus.valueOf(t.status()), t.laatsteDag(), t.vervaltOp(), t.opgeschortOp(),
                    t.gewaarschuwd()));
        }
    }

    @EventSourcingHandler
    void on(TermijnStopped event) {
        standen.computeIfPresent(event.termijnId(), (id, s) -> s.met(TermijnStatus.GESTOPT));
    }
}
