package nl.integraletoegang.command.samenvoeging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.integraletoegang.api.casus.HulpvraagRouted;
import nl.integraletoegang.api.casus.LidRegistered;
import nl.integraletoegang.api.casus.MeldingRegistered;
import nl.integraletoegang.api.casus.Persoon;
import nl.integraletoegang.api.huishouden.LidJoined;
import nl.integraletoegang.api.huishouden.LidLeft;
import nl.integraletoegang.api.plan.Actie;
import nl.integraletoegang.api.plan.PlanActieCancelled;
import nl.integraletoegang.api.plan.PlanActieCompleted;
import nl.integraletoegang.api.plan.PlanVersionAdopted;
import nl.integraletoegang.api.privacy.PersoonsgegevensGewist;
import nl.integraletoegang.api.samenvoeging.HuishoudenAbsorbed;
import nl.integraletoegang.api.samenvoeging.Overdracht;
import nl.integraletoegang.api.termijn.TermijnAboutToExpire;
import nl.integraletoegang.api.termijn.TermijnExpired;
import nl.integraletoegang.api.termijn.TermijnMet;
import nl.integraletoegang.api.termijn.TermijnResumed;
import nl.integraletoegang.api.termijn.TermijnStarted;
import nl.integraletoegang.api.termijn.TermijnStatus;
import nl.integraletoegang.api.termijn.TermijnStopped;
import nl.integraletoegang.api.termijn.TermijnSuspended;

/**
 * Folds a household's events, oldest first, into what it hands over of its open casus: every current member with
 * their role (not those who left or whose data was erased), the casus's hulpvragen at their current team, its clocks
 * that still run or are suspended or expired (a late clock can still be met), and the open actions of its current
 * plan. What the household itself took in from an earlier merge counts as its own.
 */
final class OverdrachtVerzamelaar {

    private final String casusId;
    private final Map<String, Persoon> leden = new LinkedHashMap<>();
    private final Set<String> gewist = new HashSet<>();
    private final Map<String, Overdracht.Hulpvraag> hulpvragen = new LinkedHashMap<>();
    private final Map<String, Overdracht.Termijn> termijnen = new LinkedHashMap<>();
    private final Map<String, Actie> acties = new LinkedHashMap<>();
    private final Set<String> huidigeActies = new LinkedHashSet<>();
    private final Set<String> gedaan = new HashSet<>();

    OverdrachtVerzamelaar(String casusId) {
        this.casusId = casusId;
    }

    void verwerk(Object event, Instant tijdstip) {
        if (event instanceof LidRegistered e) {
            leden.putIfAbsent(e.persoonId(), new Persoon(e.persoonId(), e.naam(), e.geboortedatum(), e.bsn(),
                    e.rol()));
        } else if (event instanceof LidJoined e) {
            leden.put(e.persoonId(), new Persoon(e.persoonId(), e.naam(), e.geboortedatum(), e.bsn(), e.rol()));
        } else if (event instanceof LidLeft e) {
            // who left B is no member to hand over
            leden.remove(e.persoonId());
        } else if (event instanceof PersoonsgegevensGewist e) {
            gewist.add(e.subjectId());
        } else if (event instanceof HuishoudenAbsorbed e) {
            e.overdracht().leden().forEach(lid -> leden.putIfAbsent(lid.persoonId(), lid));
            if (casusId.equals(e.casusId())) {
                e.overdracht().hulpvragen().forEach(h -> hulpvragen.put(h.hulpvraagId(), h));
                e.overdracht().termijnen().forEach(t -> termijnen.put(t.termijnId(), t));
                e.overdracht().acties().forEach(a -> {
                    acties.put(a.actieId(), a);
                    huidigeActies.add(a.actieId());
                });
            }
        } else if (event instanceof MeldingRegistered e && casusId.equals(e.casusId())) {
            hulpvragen.put(e.hulpvraagId(), new Overdracht.Hulpvraag(e.hulpvraagId(), e.kanaal(), e.team(),
                    e.levensdomeinen(), e.omschrijving(), e.dreigingen(), e.wijk(), tijdstip));
        } else if (event instanceof HulpvraagRouted e) {
            hulpvragen.computeIfPresent(e.hulpvraagId(), (id, h) -> new Overdracht.Hulpvraag(id, h.kanaal(),
                    e.naarTeam(), h.levensdomeinen(), h.omschrijving(), h.dreigingen(), h.wijk(), h.geregistreerdOp()));
        } else if (event instanceof PlanVersionAdopted e && casusId.equals(e.casusId())) {
            huidigeActies.clear();
            e.acties().forEach(a -> {
                acties.put(a.actieId(), a);
                huidigeActies.add(a.actieId());
            });
        } else if (event instanceof PlanActieCompleted e) {
            gedaan.add(e.actieId());
        } else if (event instanceof PlanActieCancelled e) {
            gedaan.add(e.actieId());
        } else {
            verwerkTermijn(event);
        }
    }

    private void verwerkTermijn(Object event) {
        if (event instanceof TermijnStarted e && casusId.equals(e.casusId())) {
            termijnen.put(e.termijnId(), new Overdracht.Termijn(e.termijnId(), e.hulpvraagId(), e.regime(), e.spoed(),
                    TermijnStatus.LOPEND.name(), e.gestartOp(), e.vervaltOp(), e.waarschuwingOp(),
                    e.laatsteDag(), null, false));
        } else if (event instanceof TermijnSuspended e) {
            termijnen.computeIfPresent(e.termijnId(), (id, t) -> new Overdracht.Termijn(id, t.hulpvraagId(),
                    t.regime(), t.spoed(), TermijnStatus.OPGESCHORT.name(), t.gestartOp(), t.vervaltOp(),
                    t.waarschuwingOp(), t.laatsteDag(), e.opgeschortOp(), t.gewaarschuwd()));
        } else if (event instanceof TermijnResumed e) {
            termijnen.computeIfPresent(e.termijnId(), (id, t) -> new Overdracht.Termijn(id, t.hulpvraagId(),
                    t.regime(), t.spoed(), TermijnStatus.LOPEND.name(), t.gestartOp(), e.vervaltOp(),
                    e.waarschuwingOp(), e.laatsteDag(), null, false));
        } else if (event instanceof TermijnAboutToExpire e) {
            termijnen.computeIfPresent(e.termijnId(), (id, t) -> new Overdracht.Termijn(id, t.hulpvraagId(),
                    t.regime(), t.spoed(), t.status(), t.gestartOp(), t.vervaltOp(), t.waarschuwingOp(),
                    t.laatsteDag(), t.opgeschortOp(), true));
        } else if (event instanceof TermijnExpired e) {
            termijnen.computeIfPresent(e.termijnId(), (id, t) -> new Overdracht.Termijn(id, t.hulpvraagId(),
                    t.regime(), t.spoed(), TermijnStatus.VERLOPEN.name(), t.gestartOp(), t.vervaltOp(),
                    t.waarschuwingOp(), t.laatsteDag(), t.opgeschortOp(), t.gewaarschuwd()));
        } else if (event instanceof TermijnMet e) {
            termijnen.remove(e.termijnId());
        } else if (event instanceof TermijnStopped e) {
            termijnen.remove(e.termijnId());
        }
    }

    Overdracht overdracht() {
        List<Persoon> overTeDragenLeden = leden.values().stream().filter(lid -> !gewist.contains(lid.persoonId()))
                .toList();
        List<Actie> openActies = new ArrayList<>();
        huidigeActies.stream().filter(id -> !gedaan.contains(id)).forEach(id -> openActies.add(acties.get(id)));
        return new Overdracht(List.copyOf(hulpvragen.values()), overTeDragenLeden, List.copyOf(termijnen.values()),
                openActies);
    }
}
