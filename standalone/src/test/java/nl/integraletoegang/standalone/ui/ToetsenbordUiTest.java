package nl.integraletoegang.standalone.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The work can be done with the keyboard alone: logging in, skipping the menu, and registering a melding, by typing,
 * Tab, Space and Enter only — no mouse, no element clicked by the test.
 */
class ToetsenbordUiTest extends UiTestBasis {

    @Test
    void aWorkerLogsInSkipsTheMenuAndRegistersAMeldingWithTheKeyboardAlone() {
        browser.open("/inloggen");
        // the login page puts the focus on the user name itself; typing before it has would go nowhere
        await().atMost(Duration.ofSeconds(10)).until(() -> "username".equals(actief().getAttribute("id")));
        toetsen("anna", Keys.TAB, "anna", Keys.ENTER);
        browser.wachtOpPad("/werkvoorraad");

        // the first Tab reaches the skip link, which moves the focus past the menu to the content
        toetsen(Keys.TAB);
        assertThat(actief().getText()).isEqualTo("Direct naar de inhoud");
        assertThat(actief().getCssValue("outline-style")).isEqualTo("solid");
        toetsen(Keys.ENTER);
        assertThat(actief().getAttribute("id")).isEqualTo("inhoud");

        // the first link in the content is "Melding registreren"
        toetsen(Keys.TAB);
        assertThat(actief().getText()).isEqualTo("Melding registreren");
        toetsen(Keys.ENTER);
        browser.wachtOpPad("/meldingen/nieuw");

        tabNaar("kanaal");
        toetsen("Telefoon");
        tabNaar("levensdomein-WONEN");
        toetsen(Keys.SPACE);
        tabNaar("omschrijving");
        toetsen("Dakloos dreigt; zoekt opvang.");
        tabNaar("leden-0-naam");
        toetsen("Kees Bakker", Keys.TAB);
        assertThat(actief().getAttribute("id")).isEqualTo("leden-0-geboortedatum");
        toetsen(Keys.ENTER);
        browser.wachtOpTekst("Controleer de invoer");

        // the error summary has the focus, its first link leads to the field that needs attention
        assertThat(actief().getAttribute("class")).contains("foutoverzicht");
        toetsen(Keys.TAB);
        assertThat(actief().getText()).isEqualTo("Geef de geboortedatum van lid 1.");
        toetsen(Keys.ENTER);
        assertThat(browser.driver().getCurrentUrl()).endsWith("#leden-0-geboortedatum");
    }

    private void tabNaar(String id) {
        for (int i = 0; i < 60 && !id.equals(actief().getAttribute("id")); i++) {
            toetsen(Keys.TAB);
        }
        assertThat(actief().getAttribute("id")).as("reached by Tab").isEqualTo(id);
    }

    private WebElement actief() {
        return browser.driver().switchTo().activeElement();
    }

    private void toetsen(CharSequence... toetsen) {
        for (CharSequence toets : toetsen) {
            actief().sendKeys(toets);
        }
    }
}
