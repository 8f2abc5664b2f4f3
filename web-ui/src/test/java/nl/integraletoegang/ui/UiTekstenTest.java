package nl.integraletoegang.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import nl.integraletoegang.api.casus.Dreiging;
import nl.integraletoegang.api.casus.Kanaal;
import nl.integraletoegang.api.casus.Levensdomein;
import nl.integraletoegang.api.casus.Uitkomst;
import nl.integraletoegang.api.casus.Urgentie;
import nl.integraletoegang.api.escalatie.EscalatieNiveau;
import nl.integraletoegang.api.escalatie.EscalatieReden;
import nl.integraletoegang.api.huishouden.LidRol;
import nl.integraletoegang.api.medewerker.Rol;
import org.junit.jupiter.api.Test;

/** Every value of the contract that a page shows has a Dutch name, so no page ever shows a raw enum constant. */
class UiTekstenTest {

    private static final Map<String, Class<? extends Enum<?>>> LABELS = Map.of(
            "levensdomein", Levensdomein.class, "kanaal", Kanaal.class, "dreiging", Dreiging.class,
            "urgentie", Urgentie.class, "uitkomst", Uitkomst.class, "escalatieniveau", EscalatieNiveau.class,
            "escalatiereden", EscalatieReden.class, "rol", Rol.class, "lidrol", LidRol.class);

    @Test
    void everyValueShownOnAPageHasADutchLabel() throws IOException {
        Properties teksten = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages/ui.properties")) {
            teksten.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> ontbrekend = LABELS.entrySet().stream()
                .flatMap(label -> Stream.of(label.getValue().getEnumConstants())
                        .map(waarde -> label.getKey() + "." + waarde.name()))
                .filter(sleutel -> teksten.getProperty(sleutel, "").isBlank())
                .toList();
        assertThat(ontbrekend).isEmpty();
    }

    @Test
    void everyTermijnOfferedOnTheMeldingFormHasADutchLabel() throws IOException {
        Properties teksten = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages/ui.properties")) {
            teksten.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Properties instellingen = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/integrale-toegang/web-ui.properties")) {
            instellingen.load(in);
        }
        assertThat(instellingen.getProperty("integrale-toegang.ui.regimes").split(","))
                .isNotEmpty()
                .allSatisfy(regime -> assertThat(teksten.getProperty("regime." + regime.strip())).isNotBlank());
    }
}
