package nl.integraletoegang.ui.figuren;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.integraletoegang.api.casus.Levensdomein;
import nl.integraletoegang.api.casus.Uitkomst;
import nl.integraletoegang.api.escalatie.EscalatieNiveau;
import nl.integraletoegang.api.escalatie.EscalatieReden;
import nl.integraletoegang.api.figuren.ManagementFiguren;
import nl.integraletoegang.api.figuren.ManagementFiguren.Periode;
import nl.integraletoegang.api.figuren.ManagementFiguren.Tijdsduur;
import nl.integraletoegang.api.figuren.Periodesoort;
import nl.integraletoegang.ui.figuren.Staafgrafiek.Groep;
import nl.integraletoegang.ui.figuren.Staafgrafiek.Reeks;
import nl.integraletoegang.ui.figuren.Staafgrafiek.Staaf;

/**
 * The management figures as the dashboard shows them: a chart and a table per figure, with the same numbers in both.
 * Durations are shown per period, since a median cannot be added up; counts are added up over the chosen range, so
 * that a manager compares teams, levels and levensdomeinen at a glance (the CSV export has them per period).
 */
record FigurenDashboard(String selectie, Figuur<Duur> wachttijdTotTriage, Figuur<Duur> wachttijdTotPlan,
                        Figuur<Duur> doorlooptijd, Figuur<Naleving> termijnnaleving,
                        Figuur<Telling> levensdomeinen, Figuur<Escalatie> escalaties, Figuur<Uitkomstaandeel> uitkomsten,
                        Figuur<Teamlast> werklast) {

    static final int TOP_LEVENSDOMEINEN = 10;
    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter MAAND = DateTimeFormatter.ofPattern("MMMM yyyy", NL);
    private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);

    private static final Reeks MEDIAAN = new Reeks("Mediaan", "reeks-1");
    private static final Reeks P90 = new Reeks("90e percentiel", "reeks-2");
    private static final Reeks AANTAL = new Reeks("Aantal", "reeks-1");
    private static final Reeks OP_TIJD = new Reeks("Op tijd", "reeks-1");
    private static final Reeks TE_LAAT = new Reeks("Te laat", "reeks-3");
    private static final Reeks GESTOPT = new Reeks("Gestopt", "reeks-2");
    private static final Reeks NIEUW = new Reeks("Nieuw", "reeks-1");
    private static final Reeks AFGESLOTEN = new Reeks("Afgesloten", "reeks-2");
    private static final Reeks OPEN = new Reeks("Open aan het einde", "reeks-3");

    /** A chart and its rows; without rows the page says there is nothing to show instead. */
    record Figuur<R>(Staafgrafiek grafiek, List<R> rijen) {
        public boolean isLeeg() {
            return rijen.isEmpty();
        }
    }

    record Duur(String periode, long aantal, String mediaan, String p90, String gemiddelde) {
    }

    record Naleving(String regime, long opTijd, long teLaat, long gestopt, String percentage) {
    }

    record Telling(String label, long aantal) {
    }

    record Escalatie(String niveau, String reden, long aantal) {
    }

    record Uitkomstaandeel(String team, String uitkomst, long aantal, String aandeel) {
    }

    record Teamlast(String team, long nieuw, long afgesloten, long openAanEinde) {
    }

    /** @param tekst the Dutch name of a value, by its message key */
    static FigurenDashboard van(ManagementFiguren figuren, Function<String, String> tekst) {
        return new FigurenDashboard(selectie(figuren),
                duur("grafiek-wachttijd-triage", "Wachttijd van melding tot triage", figuren.periodesoort(),
                        figuren.wachttijdTotTriage()),
                duur("grafiek-wachttijd-plan", "Wachttijd van melding tot vastgesteld plan", figuren.periodesoort(),
                        figuren.wachttijdTotPlan()),
                duur("grafiek-doorlooptijd", "Doorlooptijd van geopende tot gesloten casus", figuren.periodesoort(),
                        figuren.doorlooptijd()),
                naleving(figuren, tekst), levensdomeinen(figuren, tekst), escalaties(figuren, tekst),
                uitkomsten(figuren, tekst), werklast(figuren));
    }

    private static String selectie(ManagementFiguren figuren) {
        String soort = switch (figuren.periodesoort()) {
            case WEEK -> "per week";
            case MAAND -> "per maand";
            case KWARTAAL -> "per kwartaal";
        };
        String bereik = figuren.van() == null && figuren.tot() == null ? "Alle perioden"
                : figuren.van() == null ? "Tot en met " + DAG.format(figuren.tot())
                : figuren.tot() == null ? "Vanaf " + DAG.format(figuren.van())
                : "Van " + DAG.format(figuren.van()) + " tot en met " + DAG.format(figuren.tot());
        return bereik + ", " + soort + (figuren.wijk() == null ? ", alle wijken" : ", wijk " + figuren.wijk());
    }

    private static Figuur<Duur> duur(String id, String titel, Periodesoort soort, List<Tijdsduur> rijen) {
        List<Groep> groepen = rijen.stream().map(rij -> new Groep(periode(soort, rij.periode()), List.of(
                new Staaf(MEDIAAN.naam(), rij.mediaanDagen(), dagen(rij.mediaanDagen()), MEDIAAN),
                new Staaf(P90.naam(), rij.p90Dagen(), dagen(rij.p90Dagen()), P90)))).toList();
        return new Figuur<>(Staafgrafiek.van(id, titel + ", in dagen", List.of(MEDIAAN, P90), groepen),
                rijen.stream().map(rij -> new Duur(periode(soort, rij.periode()), rij.aantal(),
                        getal(rij.mediaanDagen()), getal(rij.p90Dagen()), getal(rij.gemiddeldeDagen()))).toList());
    }

    private static Figuur<Naleving> naleving(ManagementFiguren figuren, Function<String, String> tekst) {
        Map<String, long[]> perRegime = new TreeMap<>();
        for (ManagementFiguren.TermijnNaleving t : figuren.termijnnaleving()) {
            String regime = tekst.apply("regime." + t.regime()) + (t.spoed() ? " (spoed)" : "");
            long[] som = perRegime.computeIfAbsent(regime, r -> new long[3]);
            som[0] += t.opTijd();
            som[1] += t.teLaat();
            som[2] += t.gestopt();
        }
        List<Naleving> rijen = perRegime.entrySet().stream().map(e -> new Naleving(e.getKey(), e.getValue()[0],
                e.getValue()[1], e.getValue()[2], e.getValue()[0] + e.getValue()[1] == 0 ? "geen besluit"
                : getal(100.0 * e.getValue()[0] / (e.getValue()[0] + e.getValue()[1])) + "%")).toList();
        List<Groep> groepen = rijen.stream().map(rij -> new Groep(rij.regime(), List.of(
                new Staaf(OP_TIJD.naam(), rij.opTijd(), Long.toString(rij.opTijd()), OP_TIJD),
                new Staaf(TE_LAAT.naam(), rij.teLaat(), Long.toString(rij.teLaat()), TE_LAAT),
                new Staaf(GESTOPT.naam(), rij.gestopt(), Long.toString(rij.gestopt()), GESTOPT)))).toList();
        return new Figuur<>(Staafgrafiek.van("grafiek-termijnnaleving", "Termijnen per regime: op tijd, te laat "
                + "en gestopt", List.of(OP_TIJD, TE_LAAT, GESTOPT), groepen), rijen);
    }

    private static Figuur<Telling> levensdomeinen(ManagementFiguren figuren, Function<String, String> tekst) {
        Map<Levensdomein, Long> aantallen = figuren.levensdomeinen().stream().collect(Collectors.groupingBy(
                ManagementFiguren.LevensdomeinFrequentie::levensdomein, () -> new EnumMap<>(Levensdomein.class),
                Collectors.summingLong(ManagementFiguren.LevensdomeinFrequentie::aantal)));
        List<Telling> rijen = aantallen.entrySet().stream()
                .sorted(Map.Entry.<Levensdomein, Long>comparingByValue().reversed())
                .limit(TOP_LEVENSDOMEINEN)
                .map(e -> new Telling(tekst.apply("levensdomein." + e.getKey()), e.getValue()))
                .toList();
        List<Staaf> staven = rijen.stream()
                .map(rij -> new Staaf(rij.label(), rij.aantal(), Long.toString(rij.aantal()), AANTAL)).toList();
        return new Figuur<>(Staafgrafiek.van("grafiek-levensdomeinen", "Hulpvragen per levensdomein, de meest "
                + "voorkomende eerst", List.of(AANTAL), List.of(new Groep(null, staven))), rijen);
    }

    private static Figuur<Escalatie> escalaties(ManagementFiguren figuren, Function<String, String> tekst) {
        Map<EscalatieNiveau, Map<EscalatieReden, Long>> aantallen = new EnumMap<>(EscalatieNiveau.class);
        for (ManagementFiguren.EscalatieAantal e : figuren.escalaties()) {
            aantallen.computeIfAbsent(e.niveau(), n -> new EnumMap<>(EscalatieReden.class))
                    .merge(e.reden(), e.aantal(), Long::sum);
        }
        List<Escalatie> rijen = new ArrayList<>();
        List<Groep> groepen = new ArrayList<>();
        aantallen.forEach((niveau, perReden) -> {
            String niveauTekst = tekst.apply("escalatieniveau." + niveau);
            List<Staaf> staven = new ArrayList<>();
            perReden.forEach((reden, aantal) -> {
                String redenTekst = tekst.apply("escalatiereden." + reden);
                rijen.add(new Escalatie(niveauTekst, redenTekst, aantal));
                staven.add(new Staaf(redenTekst, aantal, Long.toString(aantal), AANTAL));
            });
            groepen.add(new Groep(niveauTekst, staven));
        });
        return new Figuur<>(Staafgrafiek.van("grafiek-escalaties", "Escalaties per niveau en reden",
                List.of(AANTAL), groepen), rijen);
    }

    private static Figuur<Uitkomstaandeel> uitkomsten(ManagementFiguren figuren, Function<String, String> tekst) {
        Map<String, Map<Uitkomst, Long>> perTeam = new TreeMap<>();
        for (ManagementFiguren.UitkomstAantal u : figuren.uitkomsten()) {
            perTeam.computeIfAbsent(u.team() == null ? "zonder team" : u.team(),
                    t -> new EnumMap<>(Uitkomst.class)).merge(u.uitkomst(), u.aantal(), Long::sum);
        }
        List<Uitkomstaandeel> rijen = new ArrayList<>();
        List<Groep> groepen = new ArrayList<>();
        perTeam.forEach((team, aantallen) -> {
            long totaal = aantallen.values().stream().mapToLong(Long::longValue).sum();
            List<Staaf> staven = new ArrayList<>();
            aantallen.forEach((uitkomst, aantal) -> {
                String aandeel = getal(totaal == 0 ? 0 : 100.0 * aantal / totaal) + "%";
                String uitkomstTekst = tekst.apply("uitkomst." + uitkomst);
                rijen.add(new Uitkomstaandeel(team, uitkomstTekst, aantal, aandeel));
                staven.add(new Staaf(uitkomstTekst, aantal, aantal + " (" + aandeel + ")", AANTAL));
            });
            groepen.add(new Groep("Team " + team, staven));
        });
        return new Figuur<>(Staafgrafiek.van("grafiek-uitkomsten", "Uitkomsten van hulpvragen per team",
                List.of(AANTAL), groepen), rijen);
    }

    private static Figuur<Teamlast> werklast(ManagementFiguren figuren) {
        Map<String, long[]> perTeam = new LinkedHashMap<>();
        // open at the end of the range is the latest period's count, not a sum
        figuren.werklast().stream()
                .sorted(Comparator.comparing((ManagementFiguren.Werklast w) -> w.team() == null ? "" : w.team())
                        .thenComparing(w -> w.periode().begin()))
                .forEach(w -> {
                    long[] som = perTeam.computeIfAbsent(w.team() == null ? "zonder team" : w.team(),
                            t -> new long[3]);
                    som[0] += w.nieuw();
                    som[1] += w.afgesloten();
                    som[2] = w.openAanEinde();
                });
        List<Teamlast> rijen = perTeam.entrySet().stream().map(e -> new Teamlast(e.getKey(), e.getValue()[0],
                e.getValue()[1], e.getValue()[2])).toList();
        List<Groep> groepen = rijen.stream().map(rij -> new Groep("Team " + rij.team(), List.of(
                new Staaf(NIEUW.naam(), rij.nieuw(), Long.toString(rij.nieuw()), NIEUW),
                new Staaf(AFGESLOTEN.naam(), rij.afgesloten(), Long.toString(rij.afgesloten()), AFGESLOTEN),
                new Staaf(OPEN.naam(), rij.openAanEinde(), Long.toString(rij.openAanEinde()), OPEN)))).toList();
        return new Figuur<>(Staafgrafiek.van("grafiek-werklast", "Werklast per team: hulpvragen nieuw, afgesloten "
                + "en open aan het einde", List.of(NIEUW, AFGESLOTEN, OPEN), groepen), rijen);
    }

    /** "mei 2026", "week 3 van 2026", "1e kwartaal 2026". */
    static String periode(Periodesoort soort, Periode periode) {
        LocalDate begin = periode.begin();
        return switch (soort) {
            case WEEK -> "week " + begin.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " van "
                    + begin.get(IsoFields.WEEK_BASED_YEAR);
            case MAAND -> MAAND.format(begin);
            case KWARTAAL -> begin.get(IsoFields.QUARTER_OF_YEAR) + "e kwartaal " + begin.getYear();
        };
    }

    /** A short wait in hours: "0 dagen" next to a visible bar would read as a mistake. */
    private static String dagen(double waarde) {
        if (waarde > 0 && waarde < 1) {
            double uren = waarde * 24;
            return uren < 1 ? "minder dan een uur" : getal(Math.floor(uren)) + " uur";
        }
        return getal(waarde) + (waarde == 1.0 ? " dag" : " dagen");
    }

    /** Days with two decimals; a positive value too small to show is not written as 0. */
    static String getal(double waarde) {
        if (waarde > 0 && waarde < 0.005) {
            return "< 0,01";
        }
        // DecimalFormat is not thread-safe: one per use
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(NL)).format(waarde);
    }
}
