package nl.integraletoegang.command.casus;

import static nl.integraletoegang.command.error.DomainRuleViolation.invalid;
import static nl.integraletoegang.command.error.DomainRuleViolation.notFound;
import static nl.integraletoegang.command.error.DomainRuleViolation.refused;
import static nl.integraletoegang.command.error.DomainRuleViolation.required;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import nl.integraletoegang.api.audit.AuditMetadata;
import nl.integraletoegang.api.casus.Bsn;
import nl.integraletoegang.api.casus.CasusClosed;
import nl.integraletoegang.api.casus.CasusOpened;
import nl.integraletoegang.api.casus.CasusReopened;
import nl.integraletoegang.api.casus.ChangeCasusregisseur;
import nl.integraletoegang.api.casus.CloseCasus;
import nl.integraletoegang.api.casus.LidRegistered;
import nl.integraletoegang.api.casus.MeldingRegistered;
import nl.integraletoegang.api.casus.MeldingRegistration;
import nl.integraletoegang.api.casus.Persoon;
import nl.integraletoegang.api.casus.RegisterMelding;
import nl.integraletoegang.api.casus.ReopenCasus;
import nl.integraletoegang.api.casus.RouteHulpvraag;
import nl.integraletoegang.api.casus.TriageCasus;
import nl.integraletoegang.api.escalatie.ApproveMaatwerkbudget;
import nl.integraletoegang.api.escalatie.DecideDoorbraak;
import nl.integraletoegang.api.escalatie.EscalateToDoorbraakteam;
import nl.integraletoegang.api.escalatie.EscalateToProcesregisseur;
import nl.integraletoegang.api.escalatie.EscalateUnderAve;
import nl.integraletoegang.api.escalatie.HandBackCasus;
import nl.integraletoegang.api.escalatie.RecordEscalatieBesluit;
import nl.integraletoegang.api.escalatie.RefuseMaatwerkbudget;
import nl.integraletoegang.api.escalatie.RequestMaatwerkbudget;
import nl.integraletoegang.api.escalatie.TakeUpEscalatie;
import nl.integraletoegang.api.audit.AuditMetadata;
import nl.integraletoegang.api.plan.AdoptPlanVersion;
import nl.integraletoegang.api.plan.CancelPlanActie;
import nl.integraletoegang.api.plan.CompletePlanActie;
import nl.integraletoegang.api.termijn.CompleteTermijn;
import nl.integraletoegang.api.termijn.ResumeTermijn;
import nl.integraletoegang.api.termijn.StartTermijn;
import nl.integraletoegang.api.termijn.SuspendTermijn;
import nl.integraletoegang.api.privacy.ErasePersoonsgegevens;
import nl.integraletoegang.api.privacy.PersoonsgegevensGewist;
import nl.integraletoegang.command.error.DomainRuleViolation;
import nl.integraletoegang.command.termijn.TermijnDeadline;
import nl.integraletoegang.command.termijn.TermijnKalender;
import nl.integraletoegang.platform.privacy.SleutelVernietiging;
import nl.integraletoegang.platform.security.Rol;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A household and its one open casus: the consistency boundary of "1 huishouden, 1 plan, 1 regisseur".
 *
 * <p>The household comes into being with its first melding. A melding for a household without an open casus opens
 * one; a melding for a household with an open casus joins it as a new hulpvraag, so a household never has two open
 * casussen. Everything done to the casus afterwards (triage, plan, escalation, termijnen, closure) is checked here
 * against the casus's state, so a refused command writes nothing. The casus handlers return the household's new
 * version, which clients send back as {@code If-Match} for optimistic concurrency.
 *
 * <p>Asynchronously elsewhere: the query side projects the events into overviews, work lists and figures; the
 * durable deadline manager fires the termijn deadlines scheduled here, also after a restart.
 */
@Aggregate(snapshotTriggerDefinition = "huishoudenSnapshotTrigger", cache = "huishoudenCache")
// the revision of the snapshot shape: a snapshot of another revision is skipped and the household is loaded from its
// events (revision 1: a termijn's state knows whether its urgent variant runs)
@Revision("1")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
class Huishouden {

    @AggregateIdentifier
    private String huishoudenId;
    private final Set<String> bekendePersonen = new HashSet<>();
    private final Set<String> gewisteSubjecten = new HashSet<>();

    @AggregateMember
    private Casus openCasus;
    private Casus geslotenCasus;

    Huishouden() {
        // for Axon: created empty, then built up from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    MeldingRegistration handle(RegisterMelding command, TermijnKalender kalender, DeadlineManager deadlines,
                               Clock clock) {
        checkMelding(command, kalender);
        boolean opening = openCasus == null;
        if (opening) {
            apply(new CasusOpened(command.huishoudenId(), command.casusIdIfOpened(), command.wijk()));
        }
        for (Persoon lid : command.leden()) {
            // Known members are named by their persoonId; state keeps no personal data, so snapshots hold none.
            if (!bekendePersonen.contains(lid.persoonId())) {
                apply(new LidRegistered(huishoudenId, openCasus.casusId(), lid.persoonId(), lid.naam(),
                        lid.geboortedatum(), lid.bsn()));
            }
        }
        apply(new MeldingRegistered(huishoudenId, openCasus.casusId(), command.hulpvraagId(), command.kanaal(),
                command.team(), command.levensdomeinen(), command.omschrijving(), command.dreigingen(),
                command.wijk()));
        String termijnId = null;
        if (command.regime() != null) {
            boolean spoed = command.dreigingen().stream().anyMatch(d -> d.maaktSchuldhulpSpoedeisend());
            openCasus.termijnen().start(huishoudenId, openCasus.casusId(), command.hulpvraagId(),
                    command.termijnIdIfStarted(), command.regime(), spoed, kalender, deadlines, clock.instant());
            termijnId = command.termijnIdIfStarted();
        }
        return new MeldingRegistration(huishoudenId, openCasus.casusId(), command.hulpvraagId(), opening, termijnId,
                versie());
    }

    private static void checkMelding(RegisterMelding command, TermijnKalender kalender) {
        if (command.levensdomeinen().isEmpty()) {
            throw invalid("levensdomein-verplicht", "Een melding hoort bij ten minste één levensdomein.");
        }
        required(command.team(), "team-verplicht", "Geef aan bij welk team de melding binnenkwam.");
        if (command.kanaal() == null) {
            throw invalid("kanaal-verplicht", "Geef aan via welk kanaal de melding binnenkwam.");
        }
        for (Persoon lid : command.leden()) {
            required(lid.naam(), "lid-naam-verplicht", "Een lid van het huishouden heeft een naam nodig.");
            if (lid.geboortedatum() == null) {
                throw invalid("lid-geboortedatum-verplicht", "Een lid van het huishouden heeft een geboortedatum nodig.");
            }
            if (lid.bsn() != null && !Bsn.isValid(lid.bsn())) {
                throw invalid("bsn-elfproef", "Het BSN van een lid is geen geldig burgerservicenummer (elfproef).");
            }
        }
        if (command.regime() != null && !kalender.kent(command.regime())) {
            throw invalid("onbekend-regime", "Onbekend termijnregime: het veld regime noemt geen regime van deze gemeente.");
        }
    }

    @CommandHandler
    long handle(RouteHulpvraag command) {
        casus(command.casusId()).route(command);
        return versie();
    }

    @CommandHandler
    long handle(TriageCasus command) {
        casus(command.casusId()).triage(command);
        return versie();
    }

    @CommandHandler
    long handle(ChangeCasusregisseur command) {
        casus(command.casusId()).changeRegisseur(command);
        return versie();
    }

    @CommandHandler
    long handle(AdoptPlanVersion command) {
        Casus casus = casus(command.casusId());
        casus.plan().adopt(command, casus.isGetrieerd());
        return versie();
    }

    @CommandHandler
    long handle(CompletePlanActie command) {
        casus(command.casusId()).plan().complete(command);
        return versie();
    }

    @CommandHandler
    long handle(CancelPlanActie command) {
        casus(command.casusId()).plan().cancel(command);
        return versie();
    }

    @CommandHandler
    long handle(EscalateToProcesregisseur command) {
        Casus casus = casus(command.casusId());
        casus.escalatie().escalateToProcesregisseur(command, casus.isGetrieerd());
        return versie();
    }

    @CommandHandler
    long handle(EscalateToDoorbraakteam command) {
        casus(command.casusId()).escalatie().escalateToDoorbraakteam(command);
        return versie();
    }

    @CommandHandler
    long handle(EscalateUnderAve command) {
        casus(command.casusId()).escalatie().escalateUnderAve(command);
        return versie();
    }

    @CommandHandler
    long handle(TakeUpEscalatie command, @MetaDataValue(AuditMetadata.ROLE) String rol) {
        casus(command.casusId()).escalatie().checkNiveauVan(rol);
        casus(command.casusId()).escalatie().takeUp(command);
        return versie();
    }

    @CommandHandler
    long handle(RecordEscalatieBesluit command, @MetaDataValue(AuditMetadata.ROLE) String rol) {
        casus(command.casusId()).escalatie().checkNiveauVan(rol);
        casus(command.casusId()).escalatie().recordBesluit(command);
        return versie();
    }

    @CommandHandler
    long handle(HandBackCasus command, @MetaDataValue(AuditMetadata.ROLE) String rol) {
        casus(command.casusId()).escalatie().checkNiveauVan(rol);
        casus(command.casusId()).escalatie().handBack(command);
        return versie();
    }

    @CommandHandler
    long handle(DecideDoorbraak command) {
        casus(command.casusId()).escalatie().decideDoorbraak(command);
        return versie();
    }

    @CommandHandler
    long handle(RequestMaatwerkbudget command, @MetaDataValue(AuditMetadata.ACTOR) String actor,
                @MetaDataValue(AuditMetadata.ROLE) String rol) {
        casus(command.casusId()).escalatie().requestMaatwerkbudget(command, actor, rol);
        return versie();
    }

    @CommandHandler
    long handle(ApproveMaatwerkbudget command, @MetaDataValue(AuditMetadata.ACTOR) String actor,
                @MetaDataValue(AuditMetadata.ROLE) String rol) {
        casus(command.casusId()).escalatie().approveMaatwerkbudget(command, actor, rol);
        return versie();
    }

    @CommandHandler
    long handle(RefuseMaatwerkbudget command, @MetaDataValue(AuditMetadata.ACTOR) String actor,
                @MetaDataValue(AuditMetadata.ROLE) String rol) {
        casus(command.casusId()).escalatie().refuseMaatwerkbudget(command, actor, rol);
        return versie();
    }

    @CommandHandler
    long handle(StartTermijn command, TermijnKalender kalender, DeadlineManager deadlines, Clock clock) {
        Casus casus = casus(command.casusId());
        casus.hulpvraag(command.hulpvraagId());
        casus.termijnen().start(command.huishoudenId(), command.casusId(), command.hulpvraagId(),
                command.termijnId(), command.regime(), casus.isSpoed(command.hulpvraagId()), kalender, deadlines,
                clock.instant());
        return versie();
    }

    @CommandHandler
    long handle(SuspendTermijn command, DeadlineManager deadlines, Clock clock) {
        casus(command.casusId()).termijnen().suspend(command, deadlines, clock.instant());
        return versie();
    }

    @CommandHandler
    long handle(ResumeTermijn command, TermijnKalender kalender, DeadlineManager deadlines, Clock clock) {
        casus(command.casusId()).termijnen().resume(command, kalender, deadlines, clock.instant());
        return versie();
    }

    @CommandHandler
    long handle(CompleteTermijn command, DeadlineManager deadlines, Clock clock) {
        casus(command.casusId()).termijnen().complete(command, deadlines, clock.instant());
        return versie();
    }

    @CommandHandler
    long handle(CloseCasus command, DeadlineManager deadlines) {
        casus(command.casusId()).close(command, deadlines);
        return versie();
    }

    @CommandHandler
    long handle(ReopenCasus command) {
        if (openCasus != null) {
            throw refused("een-open-casus-per-huishouden", "Het huishouden heeft al een open casus; een tweede "
                    + "casus openen kan niet. Nieuwe hulpvragen komen bij de open casus.");
        }
        if (geslotenCasus == null || !geslotenCasus.casusId().equals(command.casusId())) {
            throw notFound("casus-onbekend", "Dit huishouden heeft geen gesloten casus met dit id."
                    + " Alleen de laatst gesloten casus kan heropend worden.");
        }
        apply(new CasusReopened(huishoudenId, command.casusId(),
                required(command.reden(), "reden-verplicht", "Geef een reden om de casus te heropenen.")));
        return versie();
    }

    /**
     * Need to know for writes (DESIGN §4): an access worker acts only on a casus they work on (see
     * {@link Casus#werktEraan}). A melding is open to every worker, as it is how a household reaches a team; the
     * escalation levels act by role and level (see {@link Escalatietraject#checkNiveauVan}). Commands without a user
     * in their audit metadata (sent by the service itself) are not checked, and a casus the household does not have
     * is left to the handler, which answers that it is unknown.
     */
    @CommandHandlerInterceptor
    void checkWerktEraan(CommandMessage<?> command) {
        MetaData metaData = command.getMetaData();
        if (!Rol.TOEGANGSMEDEWERKER.name().equals(metaData.get(AuditMetadata.ROLE))
                || command.getPayload() instanceof RegisterMelding) {
            return;
        }
        String casusId = casusIdVan(command.getPayload());
        Casus casus = openCasus != null && openCasus.casusId().equals(casusId) ? openCasus
                : geslotenCasus != null && geslotenCasus.casusId().equals(casusId) ? geslotenCasus : null;
        if (casus != null && !casus.werktEraan((String) metaData.get(AuditMetadata.ACTOR),
                (String) metaData.get(AuditMetadata.TEAM))) {
            throw DomainRuleViolation.forbidden("casus-van-ander-team", "Je werkt niet aan deze casus: er ligt geen "
                    + "hulpvraag bij je team en je bent niet de casusregisseur of uit diens team.");
        }
    }

    /** Every command on a casus names it in a {@code casusId} component; a record's components are its contract. */
    private static String casusIdVan(Object payload) {
        if (payload instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                if (component.getName().equals("casusId")) {
                    try {
                        return (String) component.getAccessor().invoke(record);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return null;
    }

    /**
     * Crypto-shredding: the key is destroyed in this command's transaction, so the key and the event recording the
     * erasure commit together, and a refused command destroys nothing (the checks come first).
     */
    @CommandHandler
    long handle(ErasePersoonsgegevens command, SleutelVernietiging sleutels,
                @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        String reden = required(command.reden(), "reden-verplicht",
                "Geef een reden om de persoonsgegevens te wissen, bijvoorbeeld het einde van de bewaartermijn.");
        String subject = command.subjectId();
        if (subject == null || !(subject.equals(huishoudenId) || bekendePersonen.contains(subject))) {
            throw notFound("subject-onbekend", "Dit huishouden heeft geen lid met dit id.");
        }
        if (gewisteSubjecten.contains(subject)) {
            throw refused("al-gewist", "De persoonsgegevens van " + subject + " zijn al gewist.");
        }
        sleutels.vernietig(subject, actor, reden);
        apply(new PersoonsgegevensGewist(huishoudenId, subject, reden));
        return versie();
    }

    /**
     * No user is behind a deadline: the events it causes are recorded as the system's, under the deadline's id as
     * correlation id (a deadline's unit of work carries no audit metadata of its own).
     */
    @DeadlineHandler
    void on(TermijnDeadline deadline, @MessageIdentifier String deadlineId) {
        if (openCasus != null) {
            openCasus.termijnen().onDeadline(deadline, MetaData.from(Map.of(
                    AuditMetadata.ACTOR, AuditMetadata.SYSTEEM_ACTOR,
                    AuditMetadata.ROLE, AuditMetadata.SYSTEEM_ROLE,
                    AuditMetadata.CORRELATION_ID, deadlineId)));
        }
    }

    private Casus casus(String casusId) {
        if (openCasus != null && openCasus.casusId().equals(casusId)) {
            return openCasus;
        }
        if (geslotenCasus != null && geslotenCasus.casusId().equals(casusId)) {
            throw refused("casus-gesloten", "Deze casus is gesloten. Heropen de casus (met een reden) om er weer "
                    + "aan te werken.");
        }
        throw notFound("casus-onbekend", "Dit huishouden heeft geen open casus met dit id.");
    }

    private static long versie() {
        Long version = AggregateLifecycle.getVersion();
        return version == null ? 0 : version;
    }

    @EventSourcingHandler
    void on(CasusOpened event) {
        huishoudenId = event.huishoudenId();
        openCasus = new Casus(event.casusId());
    }

    @EventSourcingHandler
    void on(LidRegistered event) {
        bekendePersonen.add(event.persoonId());
    }

    @EventSourcingHandler
    void on(PersoonsgegevensGewist event) {
        gewisteSubjecten.add(event.subjectId());
    }

    @EventSourcingHandler
    void on(CasusClosed event) {
        geslotenCasus = openCasus;
        openCasus = null;
    }

    @EventSourcingHandler
    void on(CasusReopened event) {
        openCasus = geslotenCasus;
        geslotenCasus = null;
    }
}
