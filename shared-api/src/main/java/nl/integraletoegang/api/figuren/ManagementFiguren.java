package nl.integraletoegang.api.figuren;

import java.time.LocalDate;
import java.util.List;
import nl.integraletoegang.api.casus.Levensdomein;
import nl.integraletoegang.api.casus.Uitkomst;
import nl.integraletoegang.api.escalatie.EscalatieNiveau;
import nl.integraletoegang.api.escalatie.EscalatieReden;

/**
 * Figures for management, free of personal data: counts, medians and 90th percentiles per period. Each figure is
 * counted in the period in which the step it measures ended (a wachttijd in the period of the triage, a doorlooptijd
 * in the period of the closure), so a period's figures no longer change once it is over. {@code van} and {@code tot}
 * are the range actually used: the asked range widened to whole periods, {@code tot} inclusive.
 */
public record ManagementFiguren(
        Periodesoort periodesoort,
        LocalDate van,
        LocalDate tot,
        String wijk,
        List<Tijdsduur> wachttijdTotTriage,
        List<Tijdsduur> wachttijdTotPlan,
        List<Tijdsduur> doorlooptijd,
        List<TermijnNaleving> termijnnaleving,
        List<LevensdomeinFrequentie> levensdomeinen,
        List<EscalatieAantal> escalaties,
        List<UitkomstAantal> uitkomsten,
        List<Werklast> werklast) {

    public ManagementFiguren {
        wachttijdTotTriage = List.copyOf(wachttijdTotTriage);
        wachttijdTotPlan = List.copyOf(wachttijdTotPlan);
        doorlooptijd = List.copyOf(doorlooptijd);
        termijnnaleving = List.copyOf(termijnnaleving);
        levensdomeinen = List.copyOf(levensdomeinen);
        escalaties = List.copyOf(escalaties);
        uitkomsten = List.copyOf(uitkomsten);
        werklast = List.copyOf(werklast);
    }

    /** A period: its label ({@code 2026-W03}, {@code 2026-01}, {@code 2026-K1}) and its first day. */
    public record Periode(String label, LocalDate begin) {
    }

    /** How long a step took, in days, over the {@code aantal} casussen whose step ended in the period. */
    public record Tijdsduur(Periode periode, long aantal, double mediaanDagen, double p90Dagen,
                            double gemiddeldeDagen) {
    }

    /**
     * How the clocks of one regime that ended in the period ended: on time, late (expired, or met after expiry),
     * or stopped because the casus closed. {@code nalevingPercentage} is on time out of on time plus late; absent
     * when no clock of the regime was decided in the period.
     */
    public record TermijnNaleving(Periode periode, String regime, boolean spoed, long opTijd, long teLaat,
                                  long gestopt, Double nalevingPercentage) {
    }

    /** How many hulpvragen registered in the period touch a levensdomein; {@code rang} 1 is the most frequent. */
    public record LevensdomeinFrequentie(Periode periode, Levensdomein levensdomein, long aantal, int rang) {
    }

    /** How many escalations reached a level for a reason in the period. */
    public record EscalatieAantal(Periode periode, EscalatieNiveau niveau, EscalatieReden reden, long aantal) {
    }

    /**
     * How the hulpvragen a team handles ended, in the period of closure; {@code aandeelPercentage} is the share
     * within the team, so teams can be compared (beoordelingsverschillen).
     */
    public record UitkomstAantal(Periode periode, String team, Uitkomst uitkomst, long aantal,
                                 double aandeelPercentage) {
    }

    /**
     * A team's hulpvragen: registered in the period, closed in the period, and still open at its end. A routed
     * hulpvraag counts at the team that handles it now.
     */
    public record Werklast(Periode periode, String team, long nieuw, long afgesloten, long openAanEinde) {
    }
}
