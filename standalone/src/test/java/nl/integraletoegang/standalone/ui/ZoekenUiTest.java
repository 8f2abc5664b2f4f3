package nl.integraletoegang.standalone.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.integraletoegang.standalone.ApiClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Find before you register, in the browser: the header's search field, the melding form that starts with a search,
 * and the match proposal when what a worker typed belongs to a known household: joining it, or registering a new
 * household with a reason.
 */
class ZoekenUiTest extends UiTestBasis {

    private String bekendHuishouden(String naam, String geboortedatum, String bsn) {
        String huishouden = "hh-" + UUID.randomUUID();
        ApiClient anna = new ApiClient(port, "anna");
        ApiClient.Answer melding = anna.post("/api/meldingen", Map.of("huishoudenId", huishouden, "kanaal",
                "TELEFOON", "levensdomeinen", List.of("SCHULDEN"), "omschrijving", "Betalingsachterstand",
                "leden", List.of(Map.of("naam", naam, "geboortedatum", geboortedatum, "bsn", bsn))));
        assertThat(melding.status()).as(melding.body().toString()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).until(() -> anna.get("/api/huishoudens/zoeken?bsn=" + bsn).body()
                .toString().contains(huishouden));
        return huishouden;
    }

    @Test
    void aWorkerFindsAHouseholdFromTheHeaderAndRegistersAMeldingForIt() {
        String huishouden = bekendHuishouden("Mirjam Ğündüz-Bakker", "1975-05-05", "555666773");
        browser.inloggen("anna");
        browser.vulIn("kop-zoekterm", "gunduz bakker");
        browser.driver().findElement(By.id("kop-zoekterm")).sendKeys(Keys.ENTER);
        browser.wachtOpPad("/huishoudens/zoeken");
        browser.wachtOpTekst("1 huishouden gevonden");
        assertThat(browser.tekst()).contains("Huishouden Ğündüz-Bakker", "M.Ğ.B. (1975)", "ja, regisseur team")
                .doesNotContain("Mirjam", "555666773", huishouden);
        browser.controleerEnLeg("zoeken-resultaten");

        browser.driver().findElement(By.cssSelector("#zoekresultaten tr[data-huishouden='" + huishouden + "'] a"))
                .click();
        browser.wachtOpPad("/meldingen/nieuw");
        assertThat(browser.tekst()).contains("De melding komt bij het huishouden dat je hebt gekozen.");
        browser.kies("kanaal", "Telefoon");
        browser.vink("levensdomein-WONEN");
        browser.vulIn("omschrijving", "Ook de huur loopt achter.");
        browser.druk("Melding registreren");
        browser.wachtOpPad("/huishoudens/" + huishouden);
        browser.wachtOpTekst("De melding is als nieuwe hulpvraag toegevoegd aan de open casus van het huishouden.");
        assertThat(browser.kop()).isEqualTo("Huishouden Ğündüz-Bakker");
    }

    @Test
    void theMeldingFormStartsWithASearchAndProposesTheKnownHouseholdBeforeRegisteringANewOne() {
        String huishouden = bekendHuishouden("Karim Oualid", "1988-08-08", "666777883");
        browser.inloggen("anna");
        browser.open("/meldingen/nieuw");
        assertThat(browser.tekst()).contains("Stap 1: zoek eerst of het huishouden al bekend is");
        browser.controleerEnLeg("melding-zoekstap");
        browser.vulIn("zoek-huishouden", "Ouald");
        browser.driver().findElement(By.id("zoek-huishouden")).sendKeys(Keys.ENTER);
        browser.wachtOpTekst("1 huishouden gevonden");
        assertThat(browser.driver().findElements(By.cssSelector("#zoekresultaten tr[data-huishouden='" + huishouden
                + "']"))).hasSize(1);
        browser.controleerEnLeg("melding-zoekresultaat");

        // the worker does not pick it, and types the same person for a new household: the proposal comes first
        browser.kies("kanaal", "Inloop");
        browser.vink("levensdomein-WERK");
        browser.vulIn("omschrijving", "Zoekt werk na ontslag.");
        browser.vulIn("leden-0-naam", "Karim Oualid");
        browser.vulDatumIn("leden-0-geboortedatum", LocalDate.of(1988, 8, 8));
        browser.vulIn("leden-0-bsn", "666777883");
        browser.druk("Melding registreren");
        browser.wachtOpTekst("Dit huishouden lijkt al bekend");
        assertThat(browser.tekst()).contains("Huishouden Oualid", "zelfde BSN", "naam en geboortedatum");
        browser.controleerEnLeg("melding-voorstel");

        // a new household needs a reason
        browser.druk("Toch als nieuw huishouden registreren");
        browser.wachtOpTekst("Geef aan waarom de melding toch een nieuw huishouden is.");
        browser.controleerEnLeg("melding-voorstel-zonder-reden");

        // joining the proposed household: the melding becomes a hulpvraag of its open casus
        browser.driver().findElement(By.cssSelector("#voorstel tr[data-huishouden='" + huishouden + "'] button"))
                .click();
        browser.wachtOpPad("/huishoudens/" + huishouden);
        browser.wachtOpTekst("De melding is als nieuwe hulpvraag toegevoegd aan de open casus van het huishouden.");
    }

    @Test
    void aNewHouseholdIsRegisteredWithAReasonDespiteTheProposal() {
        String bekend = bekendHuishouden("Els Verhoeven", "1950-01-15", "777888993");
        browser.inloggen("anna");
        browser.open("/meldingen/nieuw");
        browser.kies("kanaal", "Telefoon");
        browser.vink("levensdomein-WONEN");
        browser.vulIn("omschrijving", "Verhuist naar een aanleunwoning.");
        browser.vulIn("leden-0-naam", "Els Verhoeven");
        browser.vulDatumIn("leden-0-geboortedatum", LocalDate.of(1950, 1, 15));
        browser.druk("Melding registreren");
        browser.wachtOpTekst("Dit huishouden lijkt al bekend");
        assertThat(browser.tekst()).contains("naam en geboortedatum").doesNotContain("zelfde BSN");
        browser.vulIn("apartReden", "Mevrouw is verhuisd en vormt nu een eigen huishouden.");
        browser.druk("Toch als nieuw huishouden registreren");
        browser.wachtOpTekst("De melding is geregistreerd en er is een casus geopend.");
        assertThat(browser.pad()).startsWith("/huishoudens/").isNotEqualTo("/huishoudens/" + bekend)
                .isNotEqualTo("/huishoudens/zoeken");
    }

    @Test
    void otherRolesSeeNoSearchField() {
        browser.inloggen("petra");
        assertThat(browser.driver().findElements(By.id("kop-zoekterm"))).isEmpty();
        browser.open("/huishoudens/zoeken?q=Oualid");
        assertThat(browser.kop()).isEqualTo("Geen toegang");
    }
}
