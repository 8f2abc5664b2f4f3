package nl.integraletoegang.standalone.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.integraletoegang.standalone.ApiClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The beheerder rebuilds a projection and follows its progress until it has caught up, and unblocks a household
 * whose first event a projection could not process.
 */
class BeheerUiTest extends UiTestBasis {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aBeheerderRebuildsAProjectionAndSeesItsProgressAndCompletion() {
        browser.inloggen("bea");
        assertThat(browser.pad()).isEqualTo("/beheer");
        assertThat(browser.driver().findElements(By.cssSelector("#projecties-tabel tbody tr[data-projectie]")))
                .hasSizeGreaterThanOrEqualTo(5);
        assertThat(browser.tekst()).contains("casushistorie", "huishoudenoverzicht", "Dead letters");
        browser.controleerEnLeg("beheer");

        browser.driver().findElement(By.cssSelector("tr[data-projectie='casushistorie'] button")).click();
        // the progress region announces the start, then the progress, then that the projection has caught up
        browser.wachtOpTekst("Het opnieuw opbouwen van casushistorie is gestart");
        assertThat(browser.veld("herbouw-voortgang").getAttribute("aria-live")).isEqualTo("polite");
        assertThat(browser.pad()).isEqualTo("/beheer");
        browser.controleerEnLeg("beheer-herbouw-gestart");
        browser.wachtOpTekst("casushistorie is opnieuw opgebouwd: alle events zijn verwerkt.");
        assertThat(browser.driver().findElement(By.id("herbouw-poller")).getAttribute("hx-trigger")).isNull();
        assertThat(browser.driver().findElement(By.cssSelector("tr[data-projectie='casushistorie']")).getText())
                .contains("Actief");
        browser.controleerEnLeg("beheer-herbouw-klaar");

        // without script: the plain form posts, and the page shows the state after the redirect
        browser.open("/beheer?herbouw=casushistorie");
        assertThat(browser.tekst()).contains("casushistorie is opnieuw opgebouwd");
    }

    @Test
    void anUnknownProjectionIsNotFound() {
        browser.inloggen("bea");
        browser.open("/beheer?herbouw=bestaat-niet");
        assertThat(browser.kop()).isEqualTo("Niet gevonden");
        browser.controleerEnLeg("beheer-onbekend");
    }

    @Test
    void aBeheerderSeesABlockedHouseholdRetriesItAndSkipsItsFirstEventWithAReason() {
        String huishouden = "hh-ui-gif-" + UUID.randomUUID();
        jdbc.sql("ALTER TABLE casus_historie ADD CONSTRAINT weigert_ui_gif CHECK (volgnummer <> 0 OR huishouden_id "
                + "<> '%s')".formatted(huishouden)).update();
        try {
            ApiClient.Answer melding = new ApiClient(port, "bram").post("/api/meldingen", Map.of(
                    "huishoudenId", huishouden, "kanaal", "TELEFOON", "levensdomeinen", List.of("SCHULDEN"),
                    "leden", List.of(Map.of("naam", "Piet Pieters", "geboortedatum", "1960-06-01"))));
            assertThat(melding.status()).as(melding.body().toString()).isEqualTo(201);
            long events = jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = :id")
                    .param("id", huishouden).query(Long.class).single();
            String rij = "#geblokkeerd-casushistorie tr[data-huishouden='" + huishouden + "']";

            browser.inloggen("bea");
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).until(() -> {
                browser.open("/beheer");
                return browser.driver().findElements(By.cssSelector(rij + " td.getal")).stream()
                        .anyMatch(aantal -> aantal.getText().equals(String.valueOf(events)));
            });
            String regel = browser.driver().findElement(By.cssSelector(rij)).getText();
            assertThat(regel).contains("CasusOpened", "globale index", "SQLState 23514", "weigert_ui_gif")
                    .doesNotContain("Piet");
            browser.controleerEnLeg("beheer-geblokkeerd");

            // a retry while the cause is still there: the household stays blocked, and the page says so
            browser.driver().findElement(By.cssSelector(rij + " form button")).click();
            browser.wachtOpTekst("zit nog vast in casushistorie");
            assertThat(browser.pad()).isEqualTo("/beheer");

            browser.driver().findElement(By.cssSelector(rij + " a")).click();
            assertThat(browser.kop()).isEqualTo("Eerste event overslaan");
            assertThat(browser.tekst()).contains(huishouden, "CasusOpened", "weigert_ui_gif");
            browser.controleerEnLeg("beheer-overslaan");

            // without a reason nothing is skipped: the form shows what is missing, linked to the field
            browser.druk("Event overslaan");
            browser.wachtOpTekst("Controleer de invoer");
            assertThat(browser.foutmeldingen()).contains(
                    "Geef een reden om het event over te slaan; de reden wordt vastgelegd.");
            assertThat(browser.veld("reden").getAttribute("aria-invalid")).isEqualTo("true");
            browser.controleerEnLeg("beheer-overslaan-zonder-reden");
            assertThat(historie(huishouden)).isZero();

            browser.vulIn("reden", "Testgif in de historie; herbouw na opruimen");
            browser.druk("Event overslaan");
            browser.wachtOpTekst("overgeslagen en vastgelegd in het logboek");
            assertThat(browser.pad()).isEqualTo("/beheer");
            assertThat(browser.driver().findElements(By.cssSelector(rij))).isEmpty();
            assertThat(browser.driver().findElement(By.id("overslagen")).getText())
                    .contains("bea", "casushistorie", huishouden, "CasusOpened",
                            "Testgif in de historie; herbouw na opruimen");
            browser.controleerEnLeg("beheer-overgeslagen");
            assertThat(historie(huishouden)).isEqualTo(events - 1);
        } finally {
            jdbc.sql("ALTER TABLE casus_historie DROP CONSTRAINT weigert_ui_gif").update();
        }
        // the rebuild brings the skipped event back
        ApiClient bea = new ApiClient(port, "bea");
        assertThat(bea.post("/api/beheer/projecties/casushistorie/herbouw", Map.of()).status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> historie(huishouden) == jdbc.sql(
                        "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = :id")
                .param("id", huishouden).query(Long.class).single()
                && !bea.get("/api/beheer/projecties/casushistorie").body().get("herbouwt").asBoolean());
    }

    private long historie(String huishouden) {
        return jdbc.sql("SELECT count(*) FROM casus_historie WHERE huishouden_id = :id")
                .param("id", huishouden).query(Long.class).single();
    }
}
