package nl.integraletoegang.query.figuren;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.integraletoegang.api.figuren.ManagementFiguren;
import nl.integraletoegang.api.figuren.ManagementFiguren.Periode;

/**
 * The management figures as one CSV table for Excel as Dutch users have it: semicolons between fields, a decimal
 * comma, UTF-8 with a byte-order mark (without it Excel reads UTF-8 as Windows-1252). One row per figure, group and
 * period in fixed columns, so the file pivots well; columns a figure has no value for stay empty. Text that Excel
 * would read as a formula is defused.
 */
final class FigurenCsv {

    static final String BYTE_ORDER_MARK = "\uFEFF";
    static final List<String> KOLOMMEN = List.of("figuur", "periode", "periode_begin", "wijk", "groep", "subgroep",
            "aantal", "mediaan_dagen", "p90_dagen", "gemiddelde_dagen", "percentage");

    private FigurenCsv() {
    }

    static String csv(ManagementFiguren figuren) {
        StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);
        regel(csv, KOLOMMEN.stream());
        String wijk = figuren.wijk() == null ? "" : figuren.wijk();
        duur(csv, "wachttijd_melding_triage", wijk, figuren.wachttijdTotTriage());
        duur(csv, "wachttijd_melding_plan", wijk, figuren.wachttijdTotPlan());
        duur(csv, "doorlooptijd_open_gesloten", wijk, figuren.doorlooptijd());
        for (ManagementFiguren.TermijnNaleving t : figuren.termijnnaleving()) {
            String regime = t.regime() + (t.spoed() ? " (spoed)" : "");
            Double naleving = t.nalevingPercentage();
            telling(csv, "termijnnaleving", t.periode(), wijk, regime, "op tijd", t.opTijd(), naleving);
            telling(csv, "termijnnaleving", t.periode(), wijk, regime, "te laat", t.teLaat(),
                    naleving == null ? null : 100.0 - naleving);
            telling(csv, "termijnnaleving", t.periode(), wijk, regime, "gestopt", t.gestopt(), null);
        }
        for (ManagementFiguren.LevensdomeinFrequentie l : figuren.levensdomeinen()) {
            telling(csv, "levensdomein", l.periode(), wijk, l.levensdomein().name(), "rang " + l.rang(), l.aantal(),
                    null);
        }
        for (ManagementFiguren.EscalatieAantal e : figuren.escalaties()) {
            telling(csv, "escalaties", e.periode(), wijk, e.niveau().name(), e.reden().name(), e.aantal(), null);
        }
        for (ManagementFiguren.UitkomstAantal u : figuren.uitkomsten()) {
            telling(csv, "uitkomsten", u.periode(), wijk, u.team(), u.uitkomst().name(), u.aantal(),
                    u.aandeelPercentage());
        }
        for (ManagementFiguren.Werklast w : figuren.werklast()) {
            telling(csv, "werklast", w.periode(), wijk, w.team(), "nieuw", w.nieuw(), null);
            telling(csv, "werklast", w.periode(), wijk, w.team(), "afgesloten", w.afgesloten(), null);
            telling(csv, "werklast", w.periode(), wijk, w.team(), "open aan einde", w.openAanEinde(), null);
        }
        return csv.toString();
    }

    private static void duur(StringBuilder csv, String figuur, String wijk, List<ManagementFiguren.Tijdsduur> rijen) {
        for (ManagementFiguren.Tijdsduur d : rijen) {
            regel(csv, Stream.of(figuur, d.periode().label(), d.periode().begin().toString(), wijk, "", "",
                    Long.toString(d.aantal()), getal(d.mediaanDagen()), getal(d.p90Dagen()),
                    getal(d.gemiddeldeDagen()), ""));
        }
    }

    private static void telling(StringBuilder csv, String figuur, Periode periode, String wijk, String groep,
                                String subgroep, long aantal, Double percentage) {
        regel(csv, Stream.of(figuur, periode.label(), periode.begin().toString(), wijk, groep == null ? "" : groep,
                subgroep, Long.toString(aantal), "", "", "", percentage == null ? "" : getal(percentage)));
    }

    private static void regel(StringBuilder csv, Stream<String> velden) {
        csv.append(velden.map(FigurenCsv::veld).collect(Collectors.joining(";"))).append("\r\n");
    }

    /** Quotes a field that holds a separator, quote or line break; defuses a leading formula character. */
    static String veld(String waarde) {
        String veilig = !waarde.isEmpty() && "=+-@\t\r".indexOf(waarde.charAt(0)) >= 0 ? "'" + waarde : waarde;
        if (veilig.contains(";") || veilig.contains("\"") || veilig.contains("\n") || veilig.contains("\r")) {
            return '"' + veilig.replace("\"", "\"\"") + '"';
        }
        return veilig;
    }

    private static String getal(double waarde) {
        // DecimalFormat is not thread-safe: one per use
        return new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL")))
                .format(waarde);
    }
}
