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

/** Merging a household registered twice from the household page: the form, its refusals, and the result. */
class SamenvoegingUiTest extends UiTestBasis {

    private String melding(ApiClient anna, String huishouden, String naam) {
        ApiClient.Answer melding = anna.post("/api/meldingen", Map.of("huishoudenId", huishouden,
                "kanaal", "TELEFOON", "levensdomeinen", List.of("WMO_ONDERSTEUNING"), "omschrijving", "Hulp thuis",
                "leden", List.of(Map.of("naam", naam, "geboortedatum", "1984-06-12")),
                "regime", "WMO_MELDING_ONDERZOEK"));
        assertThat(melding.status()).as(melding.body().toString()).isEqualTo(201);
        return melding.body().get("hulpvraagId").asText();
    }

    @Test
    void aWorkerMergesAHouseholdRegisteredTwiceIntoThisOne() {
        ApiClient anna = new ApiClient(port, "anna");
        String a = "hh-a-" + UUID.randomUUID();
        String b = "hh-b-" + UUID.randomUUID();
        melding(anna, a, "Fatima El Amrani");
        String hulpvraagB = melding(anna, b, "Youssef El Amrani");
        browser.inloggen("anna");
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            browser.open("/huishoudens/" + a);
            return browser.tekst().contains("Fatima El Amrani");
        });

        browser.volg("Huishoudens samenvoegen");
        browser.controleerEnLeg("samenvoegen-formulier");
        browser.druk("Huishoudens samenvoegen");
        browser.wachtOpTekst("Geef een reden om de huishoudens samen te voegen.");
        browser.controleerEnLeg("samenvoegen-fouten");

        browser.vulIn("bronHuishoudenId", a);
        browser.vulIn("reden", "Zelfde gezin, twee keer gemeld");
        browser.druk("Huishoudens samenvoegen");
        browser.wachtOpTekst("Een huishouden kan niet met zichzelf worden samengevoegd");
        browser.controleerEnLeg("samenvoegen-weigering");

        browser.vulIn("bronHuishoudenId", b);
        browser.vulIn("reden", "Zelfde gezin, twee keer gemeld");
        browser.druk("Huishoudens samenvoegen");
        browser.wachtOpTekst("is samengevoegd met dit huishouden.");
        assertThat(browser.pad()).isEqualTo("/huishoudens/" + a);
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            browser.open("/huishoudens/" + a);
            return browser.tekst().contains("Youssef El Amrani");
        });
        assertThat(browser.driver().findElements(By.cssSelector("#hulpvragen tbody tr"))).hasSize(2);
        assertThat(browser.veld("samenvoegingen").getText()).contains(b, "Samengevoegd");
        browser.controleerEnLeg("samengevoegd-doel");
        assertThat(hulpvraagB).isNotBlank();

        browser.open("/huishoudens/" + b);
        browser.wachtOpTekst("Dit huishouden is samengevoegd met");
        assertThat(browser.veld("samengevoegd").getText()).contains(a);
        browser.controleerEnLeg("samengevoegd-bron");
    }
}
