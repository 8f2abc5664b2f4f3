package nl.integraletoegang.ui.figuren;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.integraletoegang.ui.figuren.Staafgrafiek.Groep;
import nl.integraletoegang.ui.figuren.Staafgrafiek.Reeks;
import nl.integraletoegang.ui.figuren.Staafgrafiek.Staaf;
import org.junit.jupiter.api.Test;

class StaafgrafiekTest {

    private static final Reeks A = new Reeks("Nieuw", "reeks-1");
    private static final Reeks B = new Reeks("Afgesloten", "reeks-2");

    @Test
    void theLongestBarFillsTheSpaceAndTheOthersScaleWithIt() {
        Staafgrafiek grafiek = Staafgrafiek.van("g", "Titel", List.of(A), List.of(new Groep(null, List.of(
                new Staaf("Wonen", 4, "4", A), new Staaf("Zorg", 1, "1", A), new Staaf("Werk", 0, "0", A)))));
        assertThat(grafiek.legenda()).isEmpty();
        assertThat(grafiek.koppen()).isEmpty();
        assertThat(grafiek.balken()).extracting(Staafgrafiek.Balk::breedte).containsExactly(290, 73, 0);
        assertThat(grafiek.balken()).extracting(Staafgrafiek.Balk::y).isSorted().doesNotHaveDuplicates();
        Staafgrafiek.Balk langste = grafiek.balken().get(0);
        assertThat(langste.waardeX()).isEqualTo(langste.x() + langste.breedte() + 6);
        assertThat(grafiek.hoogte()).isGreaterThan(grafiek.balken().get(2).y() + grafiek.balken().get(2).hoogte());
    }

    @Test
    void groupsGetAHeadingAndSeveralSeriesALegend() {
        Staafgrafiek grafiek = Staafgrafiek.van("g", "Titel", List.of(A, B), List.of(
                new Groep("Team WMO", List.of(new Staaf("Nieuw", 2, "2", A), new Staaf("Afgesloten", 1, "1", B))),
                new Groep("Team SCHULDHULP", List.of(new Staaf("Nieuw", 1, "1", A)))));
        assertThat(grafiek.legenda()).extracting(Staafgrafiek.Legenda::naam).containsExactly("Nieuw", "Afgesloten");
        assertThat(grafiek.koppen()).extracting(Staafgrafiek.Kop::tekst).containsExactly("Team WMO",
                "Team SCHULDHULP");
        assertThat(grafiek.koppen().get(1).y()).isGreaterThan(grafiek.balken().get(1).y());
        assertThat(grafiek.balken()).extracting(Staafgrafiek.Balk::klasse)
                .containsExactly("reeks-1", "reeks-2", "reeks-1");
    }

    @Test
    void nothingToShowDrawsNoBarsAndDoesNotDivideByZero() {
        Staafgrafiek grafiek = Staafgrafiek.van("g", "Titel", List.of(A), List.of(new Groep(null, List.of(
                new Staaf("Wonen", 0, "0", A)))));
        assertThat(grafiek.balken()).extracting(Staafgrafiek.Balk::breedte).containsExactly(0);
    }
}
