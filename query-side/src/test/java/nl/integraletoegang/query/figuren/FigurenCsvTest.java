package nl.integraletoegang.query.figuren;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.integraletoegang.api.casus.Uitkomst;
import nl.integraletoegang.api.figuren.ManagementFiguren;
import nl.integraletoegang.api.figuren.ManagementFiguren.Periode;
import nl.integraletoegang.api.figuren.Periodesoort;
import org.junit.jupiter.api.Test;

class FigurenCsvTest {

    private static final Periode JANUARI = new Periode("2026-01", LocalDate.of(2026, 1, 1));

    @Test
    void theExportIsSemicolonSeparatedWithADecimalCommaAndABomForExcel() {
        ManagementFiguren figuren = new ManagementFiguren(Periodesoort.MAAND, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 31), "Centrum",
                List.of(new ManagementFiguren.Tijdsduur(JANUARI, 5, 3.0, 7.6, 4.25)), List.of(), List.of(),
                List.of(new ManagementFiguren.TermijnNaleving(JANUARI, "WMO_MELDING_ONDERZOEK", false, 3, 2, 1, 60.0)),
                List.of(), List.of(),
                List.of(new ManagementFiguren.UitkomstAantal(JANUARI, "WMO", Uitkomst.EIGEN_NETWERK, 1, 100.0 / 3)),
                List.of());

        String csv = FigurenCsv.csv(figuren);

        assertThat(csv).startsWith(FigurenCsv.BYTE_ORDER_MARK + "figuur;periode;periode_begin;wijk;groep;subgroep;"
                + "aantal;mediaan_dagen;p90_dagen;gemiddelde_dagen;percentage\r\n");
        assertThat(csv.lines()).contains(
                "wachttijd_melding_triage;2026-01;2026-01-01;Centrum;;;5;3;7,6;4,25;",
                "termijnnaleving;2026-01;2026-01-01;Centrum;WMO_MELDING_ONDERZOEK;op tijd;3;;;;60",
                "termijnnaleving;2026-01;2026-01-01;Centrum;WMO_MELDING_ONDERZOEK;te laat;2;;;;40",
                "termijnnaleving;2026-01;2026-01-01;Centrum;WMO_MELDING_ONDERZOEK;gestopt;1;;;;",
                "uitkomsten;2026-01;2026-01-01;Centrum;WMO;EIGEN_NETWERK;1;;;;33,333");
    }

    @Test
    void fieldsAreQuotedWhenNeededAndFormulasAreDefused() {
        assertThat(FigurenCsv.veld("Noord; Oost")).isEqualTo("\"Noord; Oost\"");
        assertThat(FigurenCsv.veld("team \"A\"")).isEqualTo("\"team \"\"A\"\"\"");
        assertThat(FigurenCsv.veld("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(FigurenCsv.veld("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(FigurenCsv.veld("Centrum")).isEqualTo("Centrum");
    }
}
