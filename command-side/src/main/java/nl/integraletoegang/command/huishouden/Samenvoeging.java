package nl.integraletoegang.command.huishouden;

import static nl.integraletoegang.command.error.DomainRuleViolation.notFound;
import static nl.integraletoegang.command.error.DomainRuleViolation.refused;
import static nl.integraletoegang.command.error.DomainRuleViolation.required;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.integraletoegang.api.casus.CasusClosed;
import nl.integraletoegang.api.casus.CasusOpened;
import nl.integraletoegang.api.casus.CasusReopened;
import nl.integraletoegang.api.casus.Uitkomst;
import nl.integraletoegang.api.escalatie.CasusEscalatedToProcesregisseur;
import nl.integraletoegang.api.escalatie.CasusHandedBack;
import nl.integraletoegang.api.privacy.ErasePersoonsgegevens;
import nl.integraletoegang.api.samenvoeging.AbsorbHuishouden;
import nl.integraletoegang.api.samenvoeging.CancelHuishoudenMerge;
import nl.integraletoegang.api.samenvoeging.CompleteHuishoudenMerge;
import nl.integraletoegang.api.samenvoeging.HuishoudenAbsorbed;
import nl.integraletoegang.api.samenvoeging.HuishoudenMergeCancelled;
import nl.integraletoegang.api.samenvoeging.HuishoudenMergeStarted;
import nl.integraletoegang.api.samenvoeging.HuishoudenMergedInto;
import nl.integraletoegang.api.samenvoeging.MergeTarget;
import nl.integraletoegang.api.samenvoeging.Overdracht;
import nl.integraletoegang.api.samenvoeging.StartHuishoudenMerge;
import nl.integraletoegang.api.samenvoeging.VerifyMergeTarget;
import nl.integraletoegang.api.termijn.TermijnStatus;
import nl.integraletoegang.command.samenvoeging.Overdrachten;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * A household's part in merges: household B, registered twice, is merged into household A in three steps, each a
 * command on one household (see {@link nl.integraletoegang.command.samenvoeging.HuishoudenSamenvoegingSaga} for the process between them):
 * <ol>
 *   <li>B starts: it records what it hands over and from then on refuses every other write;</li>
 *   <li>A absorbs it: B's hulpvragen, members, clocks and open plan actions continue in A's open casus (idempotent
 *       per merge);</li>
 *   <li>B completes (its casus ends with outcome SAMENGEVOEGD for each hulpvraag, its deadlines are cancelled, it is
 *       merged into A and only answers reads), or, when A could not take it in, B's merge is cancelled and B is as it
 *       was.</li>
 * </ol>
 * Its state holds ids only, no personal data, as it is part of the household's snapshot.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
class Samenvoeging {

    /** A merge this household started and that has not completed or been cancelled yet. */
    record Lopend(String samenvoegingId, String casusId, String doelHuishoudenId, String doelCasusId,
                  List<String> hulpvraagIds, List<String> termijnIds) {
    }

    private String huishoudenId;
    private String openCasusId;
    private boolean escalatieLopend;
    private Lopend lopend;
    private String samengevoegdIn;
    private String samengevoegdMet;
    private final Set<String> opgenomen = new HashSet<>();

    /**
     * Every write but the merge's own steps and erasure is refused while this household is being merged or after it
     * was merged, so nothing lands in B that would not reach A.
     */
    void checkSchrijven(Object command) {
        if (command instanceof CompleteHuishoudenMerge || command instanceof CancelHuishoudenMerge
                || command instanceof AbsorbHuishouden || command instanceof ErasePersoonsgegevens) {
            return;
        }
        if (samengevoegdIn != null) {
            throw refused("huishouden-samengevoegd", "Dit huishouden is samengevoegd met huishouden "
                    + samengevoegdIn + " en neemt niets meer aan; registreer meldingen en werk verder bij dat "
                    + "huishouden.");
        }
        if (lopend != null) {
            throw refused("samenvoeging-loopt", "Dit huishouden wordt op dit moment samengevoegd met huishouden "
                    + lopend.doelHuishoudenId() + "; probeer het over een ogenblik opnieuw.");
        }
    }

    @CommandHandler
    MergeTarget handle(VerifyMergeTarget command) {
        if (command.huishoudenId().equals(command.bronHuishoudenId())) {
            throw zichzelf();
        }
        if (openCasusId == null) {
            throw refused("doel-zonder-open-casus", "Het huishouden waarin je samenvoegt heeft geen open casus om de "
                    + "hulpvragen in op te nemen. Heropen eerst de casus, of voeg het andersom samen.");
        }
        return new MergeTarget(command.huishoudenId(), openCasusId);
    }

    @CommandHandler
    void handle(StartHuishoudenMerge command, Overdrachten overdrachten) {
        if (command.huishoudenId().equals(command.doelHuishoudenId())) {
            throw zichzelf();
        }
        String reden = required(command.reden(), "reden-verplicht",
                "Geef een reden om de huishoudens samen te voegen.");
        if (openCasusId == null) {
            throw refused("bron-zonder-open-casus", "Het huishouden dat je samenvoegt heeft geen open casus; er is "
                    + "niets over te dragen.");
        }
        if (escalatieLopend) {
            throw refused("samenvoegen-tijdens-escalatie", "Het huishouden dat je samenvoegt zit in een escalatie. "
                    + "Laat de casus eerst teruggeven aan de casusregisseur.");
        }
        Overdracht overdracht = overdrachten.verzamel(command.huishoudenId(), openCasusId);
        apply(new HuishoudenMergeStarted(command.huishoudenId(), openCasusId, command.samenvoegingId(),
                command.doelHuishoudenId(), command.doelCasusId(), reden, overdracht));
    }

    @CommandHandler
    void handle(AbsorbHuishouden command, Overdrachten overdrachten, DeadlineManager deadlines) {
        if (opgenomen.contains(command.samenvoegingId())) {
            return;
        }
        if (command.huishoudenId().equals(command.bronHuishoudenId())) {
            throw zichzelf();
        }
        if (samengevoegdIn != null || lopend != null) {
            throw refused("doel-wordt-samengevoegd", "Het huishouden waarin je samenvoegt wordt zelf samengevoegd "
                    + "met een ander huishouden.");
        }
        if (openCasusId == null) {
            throw refused("doel-zonder-open-casus", "Het huishouden waarin je samenvoegt heeft geen open casus meer "
                    + "om de hulpvragen in op te nemen.");
        }
        HuishoudenMergeStarted gestart = overdrachten.gestart(command.bronHuishoudenId(), command.samenvoegingId())
                .filter(started -> started.doelHuishoudenId().equals(command.huishoudenId()))
                .orElseThrow(() -> notFound("samenvoeging-onbekend",
                        "Er is geen samenvoeging met dit id naar dit huishouden gestart."));
        apply(new HuishoudenAbsorbed(command.huishoudenId(), openCasusId, command.samenvoegingId(),
                command.bronHuishoudenId(), gestart.casusId(), gestart.overdracht()));
        for (Overdracht.Termijn termijn : gestart.overdracht().termijnen()) {
            if (TermijnStatus.LOPEND.name().equals(termijn.status())) {
                Termijnen.scheduleOvergenomen(deadlines, termijn.termijnId(), termijn.waarschuwingOp(),
                        termijn.vervaltOp(), termijn.gewaarschuwd());
            }
        }
    }

    @CommandHandler
    void handle(CompleteHuishoudenMerge command, DeadlineManager deadlines) {
        if (samengevoegdIn != null && command.samenvoegingId().equals(samengevoegdMet)) {
            return;
        }
        Lopend merge = lopend(command.samenvoegingId());
        // the clocks run on in A, under A's deadlines: B's must never fire
        merge.termijnIds().forEach(termijnId -> Termijnen.cancel(deadlines, termijnId));
        Map<String, Uitkomst> uitkomsten = new LinkedHashMap<>();
        merge.hulpvraagIds().forEach(id -> uitkomsten.put(id, Uitkomst.SAMENGEVOEGD));
        apply(new CasusClosed(huishoudenId, merge.casusId(), uitkomsten));
        apply(new HuishoudenMergedInto(huishoudenId, merge.casusId(), merge.samenvoegingId(),
                merge.doelHuishoudenId(), merge.doelCasusId()));
    }

    @CommandHandler
    void handle(CancelHuishoudenMerge command) {
        if (lopend == null && samengevoegdIn == null) {
            return;
        }
        Lopend merge = lopend(command.samenvoegingId());
        apply(new HuishoudenMergeCancelled(huishoudenId, merge.casusId(), merge.samenvoegingId(),
                merge.doelHuishoudenId(), command.regel(), command.toelichting()));
    }

    private Lopend lopend(String samenvoegingId) {
        if (lopend == null || !lopend.samenvoegingId().equals(samenvoegingId)) {
            throw refused("samenvoeging-onbekend", "Dit huishouden heeft geen lopende samenvoeging met dit id.");
        }
        return lopend;
    }

    private static RuntimeException zichzelf() {
        return refused("samenvoegen-met-zichzelf", "Een huishouden kan niet met zichzelf worden samengevoegd; kies "
                + "het andere huishouden.");
    }

    @EventSourcingHandler
    void on(CasusOpened event) {
        huishoudenId = event.huishoudenId();
        openCasusId = event.casusId();
    }

    @EventSourcingHandler
    void on(CasusClosed event) {
        openCasusId = null;
    }

    @EventSourcingHandler
    void on(CasusReopened event) {
        openCasusId = event.casusId();
    }

    // every rung of the ladder starts at the procesregisseur; only the hand-back ends the trajectory
    @EventSourcingHandler
    void on(CasusEscalatedToProcesregisseur event) {
        escalatieLopend = true;
    }

    @EventSourcingHandler
    void on(CasusHandedBack event) {
        escalatieLopend = false;
    }

    @EventSourcingHandler
    void on(HuishoudenMergeStarted event) {
        List<String> hulpvraagIds = new ArrayList<>();
        event.overdracht().hulpvragen().forEach(h -> hulpvraagIds.add(h.hulpvraagId()));
        List<String> termijnIds = new ArrayList<>();
        event.overdracht().termijnen().forEach(t -> termijnIds.add(t.termijnId()));
        lopend = new Lopend(event.samenvoegingId(), event.casusId(), event.doelHuishoudenId(), event.doelCasusId(),
                List.copyOf(hulpvraagIds), List.copyOf(termijnIds));
    }

    @EventSourcingHandler
    void on(HuishoudenAbsorbed event) {
        opgenomen.add(event.samenvoegingId());
    }

    @EventSourcingHandler
    void on(HuishoudenMergedInto event) {
        lopend = null;
        samengevoegdIn = event.doelHuishoudenId();
        samengevoegdMet = event.samenvoegingId();
    }

    @EventSourcingHandler
    void on(HuishoudenMergeCancelled event) {
        lopend = null;
    }
}
