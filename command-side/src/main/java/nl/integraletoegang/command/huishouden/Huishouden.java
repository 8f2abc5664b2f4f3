package nl.integraletoegang.command.huishouden;

import static nl.integraletoegang.command.error.DomainRuleViolation.invalid;
import static nl.integraletoegang.command.error.DomainRuleViolation.notFound;
import static nl.integraletoegang.command.error.DomainRuleViolation.refused;
import static nl.integraletoegang.command.error.DomainRuleViolation.required;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import nl.integraletoegang.api.audit.AuditMetadata;
import nl.integraletoegang.api.casus.Bsn;
import nl.integraletoegang.api.casus.CasusClosed;
import nl.integraletoegang.api.casus.CasusCommand;
import nl.integraletoegang.api.casus.CasusOpened;
import nl.integraletoegang.api.casus.CasusReopened;
import nl.integraletoegang.api.casus.LidRegistered;
import nl.integraletoegang.api.casus.MeldingRegistered;
import nl.integraletoegang.api.casus.MeldingRegistration;
import nl.integraletoegang.api.casus.Persoon;
import nl.integraletoegang.api.casus.RegisterMelding;
import nl.integraletoegang.api.casus.ReopenCasus;
import nl.integraletoegang.api.huishouden.Adres;
import nl.integraletoegang.api.huishouden.AdresRegistered;
import nl.integraletoegang.api.huishouden.BsnRegel;
import nl.integraletoegang.api.huishouden.HuishoudenMoved;
import nl.integraletoegang.api.huishouden.HuishoudenRegisteredApart;
import nl.integraletoegang.api.huishouden.JoinHuishouden;
import nl.integraletoegang.api.huishouden.LeaveHuishouden;
import nl.integraletoegang.api.huishouden.LidJoined;
import nl.integraletoegang.api.huishouden.LidLeft;
import nl.integraletoegang.api.huishouden.MoveHuishouden;
import nl.integraletoegang.api.medewerker.Rol;
import nl.integraletoegang.api.privacy.ErasePersoonsgegevens;
import nl.integraletoegang.api.privacy.PersoonsgegevensGewist;
import nl.integraletoegang.api.samenvoeging.HuishoudenAbsorbed;
import nl.integraletoegang.api.samenvoeging.OpenCasusCommand;
import nl.integraletoegang.command.bsn.BsnRegister;
import nl.integraletoegang.command.bsn.BsnRegisterProjectie;
import nl.integraletoegang.command.error.DomainRuleViolation;
import nl.integraletoegang.command.termijn.TermijnDeadline;
import nl.integraletoegang.command.termijn.TermijnKalender;
import nl.integraletoegang.platform.privacy.SleutelVernietiging;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
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
 * casussen. Everything done to the casus afterwards (triage, plan, escalation, termijnen, closure) is checked in it
 * against the casus's state, so a refused command writes nothing. The household handles what concerns it as a whole
 * (a melding, reopening, address, members, erasure) and checks every command first (see {@link #checkEnAntwoord});
 * Axon hands the commands on the open casus to {@link Casus}, which passes those of its plan, escalation and clocks on
 * to {@link Plan}, {@link Escalatietraject} and {@link Termijnen}; merges are {@link Samenvoeging}'s. All of them live
 * in this package and nothing outside it reaches them but through commands.
 *
 * <p>Asynchronously elsewhere: the query side projects the events into overviews, work lists and figures; the
 * durable deadline manager fires the termijn deadlines scheduled here, also after a restart.
 */
@Aggregate(snapshotTriggerDefinition = "huishoudenSnapshotTrigger", cache = "huishoudenCache")
// the revision of the snapshot shape: a snapshot of another revision is skipped and the household is loaded from its
// events (revision 1: a termijn's state knows whether its urgent variant runs; revision 2: the current members and
// whether the address is known; revision 3: the state of merges; revision 4: the class moved to this package, and a
// snapshot names its class: one of the former name could not be read, so it must be skipped too)
@Revision("4")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
class Huishouden {

    @AggregateIdentifier
    private String huishoudenId;
    private final Set<String> bekendePersonen = new HashSet<>();
    /** The members now: known persons who did not leave (or rejoined). */
    private final Set<String> huidigeLeden = new LinkedHashSet<>();
    private final Set<String> gewisteSubjecten = new HashSet<>();
    private boolean heeftAdres;

    @AggregateMember
    private Casus openCasus;
    private Casus geslotenCasus;
    /** Merging into another household or taking one in: its own rules and steps (see {@link Samenvoeging}). */
    @AggregateMember
    private Samenvoeging samenvoeging = new Samenvoeging();

    Huishouden() {
        // for Axon: created empty, then built up from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    MeldingRegistration handle(RegisterMelding command, TermijnKalender kalender, DeadlineManager deadlines,
                               Clock clock, BsnRegister bsnRegister) {
        checkMelding(command, kalender);
        boolean opening = openCasus == null;
        String huishouden = command.huishoudenId();
        if (command.adres() != null && heeftAdres) {
            throw refused("adres-al-bekend", "Dit huishouden heeft al een adres. Een ander adres leg je vast als "
                    + "verhuizing, met de verhuisdatum.");
        }
        // the members this melding adds, and those of them another household with an open casus holds
        Map<String, Persoon> nieuw = new LinkedHashMap<>();
        Map<String, String> elders = new LinkedHashMap<>();
        for (Persoon lid : command.leden()) {
            if (bekendePersonen.contains(lid.persoonId())) {
                // known members are named by their persoonId; state keeps no personal data, so snapshots hold none
                continue;
            }
            if (lid.bsn() != null) {
                if (huishoudenId != null && bsnRegister.lidMetBsn(huishoudenId, lid.bsn()).isPresent()) {
                    // the same person under another persoonId: the household knows them already
                    continue;
                }
                bsnRegister.huishoudenMetOpenCasus(lid.bsn())
                        .filter(houder -> !houder.equals(huishouden))
                        .ifPresent(houder -> elders.put(lid.persoonId(), houder));
            }
            nieuw.put(lid.persoonId(), lid);
        }
        if (!elders.isEmpty() && command.apartRegistreren() == null) {
            throw BsnRegisterProjectie.bsnInOpenCasus(elders.values().iterator().next());
        }
        if (opening && huishoudenId != null) {
            // a new casus claims the BSNs of the members the household already has
            bsnRegister.anderHuishoudenMetBsnVanLeden(huishoudenId).ifPresent(houder -> {
                throw BsnRegisterProjectie.bsnInOpenCasus(houder);
            });
        }
        if (opening) {
            apply(new CasusOpened(huishouden, command.casusIdIfOpened(), command.wijk()));
        }
        if (command.adres() != null) {
            apply(new AdresRegistered(huishoudenId, openCasus.casusId(), command.adres(), vandaag(clock, kalender)));
        }
        if (!elders.isEmpty()) {
            apply(new HuishoudenRegisteredApart(huishoudenId, openCasus.casusId(), command.hulpvraagId(),
                    elders.keySet(), Set.copyOf(elders.values()), command.apartRegistreren().reden()));
        }
        for (Persoon lid : nieuw.values()) {
            apply(new LidRegistered(huishoudenId, openCasus.casusId(), lid.persoonId(), lid.naam(),
                    lid.geboortedatum(), lid.bsn(), lid.rol()));
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

    private static LocalDate vandaag(Clock clock, TermijnKalender kalender) {
        return kalender.dagVan(clock.instant());
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
        if (command.leden().stream().map(Persoon::persoonId).distinct().count() < command.leden().size()) {
            throw invalid("lid-dubbel", "De melding noemt hetzelfde lid (persoonId) twee keer.");
        }
        if (command.leden().stream().map(Persoon::bsn).filter(bsn -> bsn != null).distinct().count()
                < command.leden().stream().filter(lid -> lid.bsn() != null).count()) {
            throw invalid(BsnRegel.BSN_AL_LID, "De melding noemt twee leden met hetzelfde BSN.");
        }
        if (command.adres() != null) {
            checkAdres(command.adres());
        }
        if (command.apartRegistreren() != null) {
            required(command.apartRegistreren().reden(), "reden-verplicht",
                    "Geef een reden om apart te registreren, naast het huishouden dat dit BSN al heeft.");
        }
        if (command.regime() != null && !kalender.kent(command.regime())) {
            throw invalid("onbekend-regime", "Onbekend termijnregime: het veld regime noemt geen regime van deze gemeente.");
        }
    }

    @CommandHandler
    void handle(ReopenCasus command, BsnRegister bsnRegister) {
        if (openCasus != null) {
            throw refused("een-open-casus-per-huishouden", "Het huishouden heeft al een open casus; een tweede "
                    + "casus openen kan niet. Nieuwe hulpvragen komen bij de open casus.");
        }
        if (geslotenCasus == null || !geslotenCasus.casusId().equals(command.casusId())) {
            throw notFound("casus-onbekend", "Dit huishouden heeft geen gesloten casus met dit id."
                    + " Alleen de laatst gesloten casus kan heropend worden.");
        }
        String reden = required(command.reden(), "reden-verplicht", "Geef een reden om de casus te heropenen.");
        // while the casus was closed, another household may have taken in one of the members
        bsnRegister.anderHuishoudenMetBsnVanLeden(huishoudenId).ifPresent(houder -> {
            throw BsnRegisterProjectie.bsnInOpenCasus(houder);
        });
        apply(new CasusReopened(huishoudenId, command.casusId(), reden));
    }

    @CommandHandler
    void handle(MoveHuishouden command) {
        if (command.adres() == null) {
            throw invalid("adres-verplicht", "Geef het nieuwe adres: postcode en huisnummer ten minste.");
        }
        checkAdres(command.adres());
        if (command.verhuisdatum() == null) {
            throw invalid("verhuisdatum-verplicht", "Geef de datum van de verhuizing.");
        }
        if (heeftAdres) {
            apply(new HuishoudenMoved(huishoudenId, laatsteCasusId(), command.adres(), command.verhuisdatum()));
        } else {
            apply(new AdresRegistered(huishoudenId, laatsteCasusId(), command.adres(), command.verhuisdatum()));
        }
    }

    @CommandHandler
    void handle(JoinHuishouden command, BsnRegister bsnRegister) {
        Persoon lid = command.lid();
        if (lid == null) {
            throw invalid("lid-verplicht", "Geef aan wie er bij het huishouden komt.");
        }
        required(lid.persoonId(), "persoon-verplicht", "Een nieuw lid heeft een persoonId nodig.");
        required(lid.naam(), "lid-naam-verplicht", "Een lid van het huishouden heeft een naam nodig.");
        if (lid.geboortedatum() == null) {
            throw invalid("lid-geboortedatum-verplicht", "Een lid van het huishouden heeft een geboortedatum nodig.");
        }
        if (lid.bsn() != null && !Bsn.isValid(lid.bsn())) {
            throw invalid("bsn-elfproef", "Het BSN van een lid is geen geldig burgerservicenummer (elfproef).");
        }
        if (command.datum() == null) {
            throw invalid("datum-verplicht", "Geef de datum waarop het lid bij het huishouden kwam.");
        }
        if (huidigeLeden.contains(lid.persoonId())) {
            throw refused("al-lid", "Deze persoon is al lid van het huishouden.");
        }
        if (lid.bsn() != null) {
            if (bsnRegister.lidMetBsn(huishoudenId, lid.bsn()).isPresent()) {
                throw refused(BsnRegel.BSN_AL_LID, "Iemand met dit BSN is al lid van dit huishouden.");
            }
            if (openCasus != null) {
                bsnRegister.huishoudenMetOpenCasus(lid.bsn()).filter(houder -> !houder.equals(huishoudenId))
                        .ifPresent(houder -> {
                            throw BsnRegisterProjectie.bsnInOpenCasus(houder);
                        });
            }
        }
        apply(new LidJoined(huishoudenId, laatsteCasusId(), lid.persoonId(), lid.naam(), lid.geboortedatum(),
                lid.bsn(), lid.rol(), command.datum()));
    }

    @CommandHandler
    void handle(LeaveHuishouden command) {
        if (command.persoonId() == null || !bekendePersonen.contains(command.persoonId())) {
            throw notFound("lid-onbekend", "Dit huishouden heeft geen lid met dit id.");
        }
        if (!huidigeLeden.contains(command.persoonId())) {
            throw refused("lid-al-vertrokken", "Dit lid heeft het huishouden al verlaten.");
        }
        if (command.datum() == null) {
            throw invalid("datum-verplicht", "Geef de datum waarop het lid het huishouden verliet.");
        }
        String reden = required(command.reden(), "reden-verplicht",
                "Geef een reden waarom het lid het huishouden verlaat, bijvoorbeeld een verhuizing.");
        apply(new LidLeft(huishoudenId, laatsteCasusId(), command.persoonId(), command.datum(), reden));
    }

    private static void checkAdres(Adres adres) {
        if (!adres.identificeertWoning()) {
            throw invalid("adres-onvolledig", "Een adres heeft ten minste een postcode en een huisnummer.");
        }
    }

    /** The household's events about itself belong to its open casus, or to its last one when none is open. */
    private String laatsteCasusId() {
        return openCasus != null ? openCasus.casusId() : geslotenCasus.casusId();
    }

    /**
     * Every command passes here first, in this order: a household merged into another only answers reads (one being
     * merged waits for the merge to finish); the worker needs to know the casus; and a command on a casus acts on the
     * open one (a closed casus is reopened first), to which Axon then hands it ({@link Casus} and its members). A
     * command whose handler answers nothing else answers the household's new version, which clients send back as
     * {@code If-Match} for optimistic concurrency.
     */
    @CommandHandlerInterceptor
    Object checkEnAntwoord(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        samenvoeging.checkSchrijven(command.getPayload());
        checkWerktEraan(command);
        if (command.getPayload() instanceof CasusCommand opCasus && !(command.getPayload() instanceof ReopenCasus)) {
            openCasus(opCasus.casusId());
        }
        Object antwoord = chain.proceed();
        return antwoord != null ? antwoord : versie();
    }

    /**
     * Need to know for writes (DESIGN §4): an access worker acts only on a casus they work on (see
     * {@link Casus#werktEraan}). A melding is open to every worker, as it is how a household reaches a team; the
     * escalation levels act by role and level (see {@link Escalatietraject}). Commands without a user in their audit
     * metadata (sent by the service itself) are not checked, and a casus the household does not have is left to the
     * next check, which answers that it is unknown.
     */
    private void checkWerktEraan(CommandMessage<?> command) {
        MetaData metaData = command.getMetaData();
        if (!Rol.TOEGANGSMEDEWERKER.name().equals(metaData.get(AuditMetadata.ROLE))
                || command.getPayload() instanceof RegisterMelding) {
            return;
        }
        String casusId;
        if (command.getPayload() instanceof OpenCasusCommand) {
            // a command on "the open casus" names none: the worker must know the casus the household has open
            casusId = openCasus == null ? null : openCasus.casusId();
        } else if (command.getPayload() instanceof CasusCommand casusCommand) {
            casusId = casusCommand.casusId();
        } else if (command.getPayload() instanceof MoveHuishouden || command.getPayload() instanceof JoinHuishouden
                || command.getPayload() instanceof LeaveHuishouden) {
            // the household's own commands (address, members) need to know of its open or last casus
            casusId = laatsteCasusId();
        } else {
            return;
        }
        Casus casus = openCasus != null && openCasus.casusId().equals(casusId) ? openCasus
                : geslotenCasus != null && geslotenCasus.casusId().equals(casusId) ? geslotenCasus : null;
        if (casus != null && !casus.werktEraan((String) metaData.get(AuditMetadata.ACTOR),
                (String) metaData.get(AuditMetadata.TEAM))) {
            throw DomainRuleViolation.forbidden("casus-van-ander-team", "Je werkt niet aan deze casus: er ligt geen "
                    + "hulpvraag bij je team en je bent niet de casusregisseur of uit diens team.");
        }
    }

    /**
     * Crypto-shredding: the key is destroyed in this command's transaction, so the key and the event recording the
     * erasure commit together, and a refused command destroys nothing (the checks come first).
     */
    @CommandHandler
    void handle(ErasePersoonsgegevens command, SleutelVernietiging sleutels,
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

    private void openCasus(String casusId) {
        if (openCasus != null && openCasus.casusId().equals(casusId)) {
            return;
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
        lidErbij(event.persoonId());
    }

    @EventSourcingHandler
    void on(LidJoined event) {
        lidErbij(event.persoonId());
    }

    @EventSourcingHandler
    void on(LidLeft event) {
        huidigeLeden.remove(event.persoonId());
    }

    @EventSourcingHandler
    void on(AdresRegistered event) {
        heeftAdres = true;
    }

    /** The members of a household merged into this one are members here from then on. */
    @EventSourcingHandler
    void on(HuishoudenAbsorbed event) {
        event.overdracht().leden().forEach(lid -> lidErbij(lid.persoonId()));
    }

    private void lidErbij(String persoonId) {
        bekendePersonen.add(persoonId);
        huidigeLeden.add(persoonId);
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
