package nl.integraletoegang.ui.historie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import nl.integraletoegang.api.historie.CasusHistorie;
import org.junit.jupiter.api.Test;

class TijdlijnTest {

    private static CasusHistorie pagina(int pagina, int regels, long totaal) {
        CasusHistorie.Regel regel = new CasusHistorie.Regel(1, Instant.EPOCH, "Casus geopend", "Geopend.", "anna",
                "TOEGANGSMEDEWERKER", "WMO", null, "c-1");
        return new CasusHistorie("casus-1", "hh-1", Collections.nCopies(regels, regel), totaal, pagina,
                Tijdlijn.GROOTTE);
    }

    @Test
    void theFirstPageLinksOnlyToOlderEventsAndKeepsTheActorFilter() {
        Tijdlijn tijdlijn = Tijdlijn.van(pagina(0, 20, 45), "anna de vries");
        assertThat(tijdlijn.nieuwer()).isNull();
        assertThat(tijdlijn.ouder()).isEqualTo("/casussen/casus-1/historie?actor=anna%20de%20vries&pagina=1");
        assertThat(List.of(tijdlijn.eerste(), tijdlijn.laatste())).containsExactly(1, 20);
    }

    @Test
    void theLastPageLinksOnlyToNewerEvents() {
        Tijdlijn tijdlijn = Tijdlijn.van(pagina(2, 5, 45), null);
        assertThat(tijdlijn.nieuwer()).isEqualTo("/casussen/casus-1/historie?pagina=1");
        assertThat(tijdlijn.ouder()).isNull();
        assertThat(List.of(tijdlijn.eerste(), tijdlijn.laatste())).containsExactly(41, 45);

        assertThat(Tijdlijn.van(pagina(1, 20, 40), null).nieuwer()).isEqualTo("/casussen/casus-1/historie");
        assertThat(Tijdlijn.van(pagina(1, 20, 40), null).ouder()).isNull();
    }
}
