package nl.integraletoegang.query.historie;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.integraletoegang.api.casus.CasusClosed;
import nl.integraletoegang.api.casus.CasusEvent;
import nl.integraletoegang.api.casus.CasusOpened;
import nl.integraletoegang.api.casus.CasusReopened;
import nl.integraletoegang.api.casus.CasusTriaged;
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
import nl.integraletoegang.api.escalatie.EscalatieBesluitRecorded;
import nl.integraletoegang.api.escalatie.EscalatieTakenUp;
import nl.integraletoegang.api.escalatie.MaatwerkbudgetGranted;
import nl.integraletoegang.api.escalatie.MaatwerkbudgetRefused;
import nl.integraletoegang.api.escalatie.MaatwerkbudgetRequested;
import nl.integraletoegang.api.plan.PlanActieCancelled;
import nl.integraletoegang.api.samenvoeging.HuishoudenAbsorbed;
import nl.integraletoegang.api.samenvoeging.HuishoudenMergeCancelled;
import nl.integraletoegang.api.samenvoeging.HuishoudenMergeStarted;
import nl.integraletoegang.api.samenvoeging.HuishoudenMergedInto;
import nl.integraletoegang.api.plan.PlanActieCompleted;
import nl.integraletoegang.api.plan.PlanVersionAdopted;
import nl.integraletoegang.api.termijn.LaatsteDag;
import nl.integraletoegang.api.termijn.TermijnAboutToExpire;
import nl.integraletoegang.api.termijn.TermijnExpired;
import nl.integraletoegang.api.termijn.TermijnMet;
import nl.integraletoegang.api.termijn.TermijnResumed;
import nl.integraletoegang.api.termijn.TermijnStarted;
import nl.integraletoegang.api.termijn.TermijnStopped;
import nl.integraletoegang.api.termijn.TermijnSuspended;
import nl.integraletoegang.api.huishouden.AdresRegistered;
import nl.integraletoegang.api.huishouden.HuishoudenMoved;
import nl.integraletoegang.api.huishouden.HuishoudenRegisteredApart;
import nl.integraletoegang.api.huishouden.LidJoined;
import nl.integraletoegang.api.huishouden.LidLeft;
import org.springframework.stereotype.Component;

/**
 * Names and describes events in the words of the domain for the audit history: what changed, without personal data
 * (no names, no free texts about people). The history is read by auditors; the dossier itself holds the details.
 * The why of a step that carries it in the event itself (an escalation's toelichting, a besluit, the plan agreed at a
 * hand-back, a doorbraak's oplossing) is given apart, as the reason: it is free text a worker typed, so the history
 * keeps it where it keeps the reasons of the audit metadata, which erasure makes unreadable.
 */
@Component
class Gebeurtenissen {

    /** {@code reden}: the free text a worker typed for this step, or {@code null} when the event has none. */
    record Beschrijving(String naam, String omschrijving, String reden) {

        Beschrijving(String naam, String omschrijving) {
            this(naam, omschrijving, null);
        }
    }

    private final Map<Class<?>, Function<CasusEvent, Beschrijving>> beschrijvingen = new HashMap<>();

    Gebeurtenissen() {
        add(CasusOpened.class, e -> new Beschrijving("Casus geopend",
                "Het huishouden had geen open casus; deze casus is geopend" + (e.wijk() == null ? "."
                        : " (wijk " + e.wijk() + ").")));
        add(LidRegistered.class, e -> new Beschrijving("Lid geregistreerd",
                "Een lid van het huishouden is vastgelegd (persoon " + e.persoonId() + ")."));
        add(MeldingRegistered.class, e -> new Beschrijving("Melding geregistreerd",
                "Hulpvraag via %s bij team %s, levensdomeinen: %s.".formatted(e.kanaal(),
                        e.team() == null ? "onbekend" : e.team(), namen(e.levensdomeinen()))));
        add(HulpvraagRouted.class, e -> new Beschrijving("Hulpvraag gerouteerd",
                "Van team %s naar team %s.".formatted(e.vanTeam(), e.naarTeam())));
        add(CasusTriaged.class, e -> new Beschrijving("Brede uitvraag vastgelegd",
                "Urgentie %s, levensdomeinen: %s.".formatted(e.urgentie(), namen(e.levensdomeinen()))));
        add(CasusregisseurAppointed.class, e -> new Beschrijving("Casusregisseur aangewezen",
                "%s (team %s).".formatted(e.regisseur().gebruikersnaam(), e.regisseur().team())));
        add(CasusregisseurChanged.class, e -> new Beschrijving("Casusregisseur gewijzigd",
                "Van %s naar %s (team %s).".formatted(e.vorigeRegisseur().gebruikersnaam(),
                        e.nieuweRegisseur().gebruikersnaam(), e.nieuweRegisseur().team())));
        add(PlanVersionAdopted.class, e -> new Beschrijving("Plan vastgesteld",
                "Versie %d met %d doel(en) en %d actie(s)%s.".formatted(e.versie(), e.doelen().size(),
                        e.acties().size(), e.vervangtVersie() == null ? "" : "; vervangt versie " + e.vervangtVersie())));
        add(PlanActieCompleted.class, e -> new Beschrijving("Plan-actie afgerond", "Actie " + e.actieId() + "."));
        add(PlanActieCancelled.class, e -> new Beschrijving("Plan-actie geannuleerd", "Actie " + e.actieId() + "."));
        add(CasusEscalatedToProcesregisseur.class, e -> new Beschrijving("Geëscaleerd naar procesregisseur",
                "Reden: " + e.reden() + ".", e.toelichting()));
        add(CasusEscalatedToDoorbraakteam.class, e -> new Beschrijving("Geëscaleerd naar doorbraakteam",
                "Reden: " + e.reden() + ".", e.toelichting()));
        add(CasusEscalatedUnderAve.class, e -> new Beschrijving("Verder geëscaleerd (AVE)",
                "Niveau %s, reden: %s.".formatted(e.niveau(), e.reden()), e.toelichting()));
        add(EscalatieTakenUp.class, e -> new Beschrijving("Escalatie opgepakt",
                "Niveau %s, door %s.".formatted(e.niveau(), e.behandelaar())));
        add(EscalatieBesluitRecorded.class, e -> new Beschrijving("Besluit vastgelegd", "Niveau " + e.niveau() + ".",
                e.besluit()));
        add(CasusHandedBack.class, e -> new Beschrijving("Teruggegeven aan casusregisseur",
                "Van niveau " + e.niveau() + ", met afgesproken plan.", e.afgesprokenPlan()));
        add(DoorbraakApproved.class, e -> new Beschrijving("Doorbraak goedgekeurd",
                "Legitimiteit, betrokkenheid en rendement: alle drie ja, gemotiveerd.", e.oplossing()));
        add(DoorbraakRejected.class, e -> new Beschrijving("Doorbraak afgewezen",
                "Legitimiteit %s, betrokkenheid %s, rendement %s.".formatted(jaNee(e.legitimiteit().ja()),
                        jaNee(e.betrokkenheid().ja()), jaNee(e.rendement().ja())), e.oplossing()));
        add(MaatwerkbudgetRequested.class, e -> new Beschrijving("Maatwerkbudget aangevraagd",
                "€ %s voor een goedgekeurde doorbraak, aangevraagd door %s; wacht op goedkeuring door een ander lid "
                        .formatted(e.bedrag().toPlainString(), e.aanvrager()) + "van het doorbraakteam."));
        add(MaatwerkbudgetGranted.class, e -> new Beschrijving("Maatwerkbudget toegekend",
                "€ %s, aangevraagd door %s, goedgekeurd door %s.".formatted(e.bedrag().toPlainString(),
                        e.aanvrager(), e.goedkeurder())));
        // the reason is free text that may name a person: it is in the entry's reason, encrypted, not here
        add(MaatwerkbudgetRefused.class, e -> new Beschrijving("Maatwerkbudget afgewezen",
                "€ %s, aangevraagd door %s, afgewezen door %s, met een reden.".formatted(e.bedrag().toPlainString(),
                        e.aanvrager(), e.afwijzer())));
        add(TermijnStarted.class, e -> new Beschrijving("Termijn gestart", "%s%s, uiterlijk %s.".formatted(
                e.regime(), e.spoed() ? " (spoed)" : "", laatsteDag(e.laatsteDag(), e.vervaltOp()))));
        add(TermijnSuspended.class, e -> new Beschrijving("Termijn opgeschort", "Termijn " + e.termijnId() + "."));
        add(TermijnResumed.class, e -> new Beschrijving("Termijn hervat",
                "Termijn %s, nu uiterlijk %s.".formatted(e.termijnId(), laatsteDag(e.laatsteDag(), e.vervaltOp()))));
        add(TermijnAboutToExpire.class, e -> new Beschrijving("Termijn verloopt bijna",
                "%s, uiterlijk %s.".formatted(e.regime(), laatsteDag(e.laatsteDag(), e.vervaltOp()))));
        add(TermijnExpired.class, e -> new Beschrijving("Termijn verlopen",
                "%s, verlopen na %s.".formatted(e.regime(), laatsteDag(e.laatsteDag(), e.vervaltOp()))));
        add(TermijnMet.class, e -> new Beschrijving("Termijn gehaald",
                "Termijn " + e.termijnId() + (e.opTijd() ? ", op tijd." : ", te laat.")));
        add(TermijnStopped.class, e -> new Beschrijving("Termijn gestopt", "Termijn " + e.termijnId() + "."));
        add(CasusClosed.class, e -> new Beschrijving("Casus gesloten", "Uitkomsten: " + e.uitkomsten().values()
                .stream().map(Enum::name).sorted().collect(Collectors.joining(", ")) + "."));
        add(CasusReopened.class, e -> new Beschrijving("Casus heropend", "Met een reden."));
        add(AdresRegistered.class, e -> new Beschrijving("Adres vastgelegd",
                "Het adres van het huishouden is vastgelegd" + (e.datum() == null ? "." : ", per " + e.datum() + ".")));
        add(HuishoudenMoved.class, e -> new Beschrijving("Verhuisd",
                "Het huishouden is verhuisd" + (e.verhuisdatum() == null ? "." : ", per " + e.verhuisdatum() + ".")));
        add(LidJoined.class, e -> new Beschrijving("Lid erbij gekomen", "Persoon %s kwam bij het huishouden%s%s."
                .formatted(e.persoonId(), e.rol() == null ? "" : " als " + e.rol(),
                        e.datum() == null ? "" : ", per " + e.datum())));
        add(LidLeft.class, e -> new Beschrijving("Lid vertrokken", "Persoon %s verliet het huishouden%s."
                .formatted(e.persoonId(), e.datum() == null ? "" : ", per " + e.datum())));
        // the exception to "one BSN in one household with an open casus": the worker's reason is the why
        add(HuishoudenRegisteredApart.class, e -> new Beschrijving("Apart geregistreerd",
                "Geregistreerd naast %s met een open casus, waar %d van de leden al bij %s.".formatted(
                        e.andereHuishoudenIds().stream().sorted().map(id -> "huishouden " + id)
                                .collect(Collectors.joining(", ")),
                        e.persoonIds().size(), e.persoonIds().size() == 1 ? "hoort" : "horen"),
                e.reden()));
        // both histories point to each other: B's names A and A's casus, A's names B and B's casus
        add(HuishoudenMergeStarted.class, e -> new Beschrijving("Samenvoegen gestart",
                "Dit huishouden wordt samengevoegd met huishouden %s (casus %s): %d hulpvra(a)g(en), %d lid/leden, %d termijn(en), %d open actie(s) gaan over."
                        .formatted(e.doelHuishoudenId(), e.doelCasusId(), e.overdracht().hulpvragen().size(),
                                e.overdracht().leden().size(), e.overdracht().termijnen().size(),
                                e.overdracht().acties().size())));
        add(HuishoudenAbsorbed.class, e -> new Beschrijving("Huishouden opgenomen",
                "Huishouden %s (casus %s) is in deze casus opgenomen: hulpvragen %s gaan hier verder; termijnen lopen door met dezelfde laatste dag."
                        .formatted(e.bronHuishoudenId(), e.bronCasusId(), e.overdracht().hulpvragen().stream()
                                .map(h -> h.hulpvraagId()).collect(Collectors.joining(", ")))));
        add(HuishoudenMergedInto.class, e -> new Beschrijving("Samengevoegd",
                "Dit huishouden is samengevoegd met huishouden %s; alles gaat verder in casus %s."
                        .formatted(e.doelHuishoudenId(), e.doelCasusId())));
        add(HuishoudenMergeCancelled.class, e -> new Beschrijving("Samenvoegen geannuleerd",
                "Huishouden %s kon dit huishouden niet opnemen (%s); dit huishouden is weer zoals het was."
                        .formatted(e.doelHuishoudenId(), e.regel()), e.toelichting()));
    }

    @SuppressWarnings("unchecked")
    private <E extends CasusEvent> void add(Class<E> type, Function<E, Beschrijving> beschrijving) {
        beschrijvingen.put(type, event -> beschrijving.apply((E) event));
    }

    Beschrijving beschrijf(CasusEvent event) {
        Function<CasusEvent, Beschrijving> beschrijving = beschrijvingen.get(event.getClass());
        return beschrijving == null ? new Beschrijving(event.getClass().getSimpleName(), "")
                : beschrijving.apply(event);
    }

    private static String namen(Collection<? extends Enum<?>> waarden) {
        return waarden.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }

    private static String jaNee(boolean ja) {
        return ja ? "ja" : "nee";
    }

    /** People speak of the last day: the one the command side computed, which the event carries. */
    private static LocalDate laatsteDag(LocalDate laatsteDag, java.time.Instant vervaltOp) {
        return LaatsteDag.van(laatsteDag, vervaltOp);
    }
}
