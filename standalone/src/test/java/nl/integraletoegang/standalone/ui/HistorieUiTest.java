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
import org.openqa.selenium.WebElement;

/** The auditor reads who did what, when and why in a casus; need to know keeps everyone else out. */
class HistorieUiTest extends UiTestBasis {

    private record Casus(String huishouden, String id) {
        String pad() {
            return "/api/huishoudens/" + huishouden + "/casussen/" + id;
        }
    }

    /** Anna registers and triages a Wmo casus, bram adds a schulden question, anna adopts a plan and cancels its action. */
    private Casus casusMetHistorie() {
        ApiClient anna = new ApiClient(port, "anna");
        ApiClient bram = new ApiClient(port, "bram");
        String huishouden = "hh-" + UUID.randomUUID();
        ApiClient.Answer melding = anna.post("/api/meldingen", Map.of("huishoudenId", huishouden,
                "kanaal", "TELEFOON", "levensdomeinen", List.of("WMO_ONDERSTEUNING")));
        assertThat(melding.status()).as(melding.body().toString()).isEqualTo(201);
        Casus casus = new Casus(huishouden, melding.body().get("casusId").asText());
        ok(anna.post(casus.pad() + "/triage", Map.of("levensdomeinen", List.of("WMO_ONDERSTEUNING"),
                "urgentie", "NORMAAL", "zwaarsteVraagstukHulpvraagId", melding.body().get("hulpvraagId").asText(),
                "regisseur", Map.of("gebruikersnaam", "anna", "team", "WMO"))));
        ApiClient.Answer schulden = bram.post("/api/meldingen", Map.of("huishoudenId", huishouden,
                "kanaal", "EMAIL", "levensdomeinen", List.of("SCHULDEN")));
        assertThat(schulden.status()).as(schulden.body().toString()).isEqualTo(201);
        ok(anna.post(casus.pad() + "/plan/versies", Map.of(
                "doelen", List.of(Map.of("levensdomein", "WMO_ONDERSTEUNING", "omschrijving", "Hulp in huis")),
                "acties", List.of(Map.of("actieId", "a-1", "omschrijving", "Traplift aanvragen",
                        "eigenaar", "anna", "deadline", "2030-01-31")))));
        ok(anna.post(casus.pad() + "/plan/acties/a-1/annulering", Map.of("reden", "Mevrouw verhuist gelijkvloers")));
        await().atMost(Duration.ofSeconds(20)).until(() -> new ApiClient(port, "aart")
                .get("/api/casussen/" + casus.id() + "/historie").body().path("regels").findValuesAsText("reden")
                .contains("Mevrouw verhuist gelijkvloers"));
        return casus;
    }

    private static void ok(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.body().toString()).isBetween(200, 201);
    }

    private List<WebElement> gebeurtenissen() {
        return browser.driver().findElements(By.cssSelector("ol.tijdlijn > li"));
    }

    @Test
    void anAuditorFindsACasusAndReadsItsHistoryNewestFirstWithActorsAndReasons() {
        Casus casus = casusMetHistorie();
        browser.inloggen("aart");
        assertThat(browser.pad()).isEqualTo("/historie");
        browser.controleerEnLeg("historie-zoeken");

        browser.vulIn("casus", casus.id());
        browser.druk("Zoeken");
        browser.wachtOpPad("/casussen/" + casus.id() + "/historie");
        assertThat(browser.kop()).isEqualTo("Historie van casus " + casus.id());

        List<WebElement> regels = gebeurtenissen();
        assertThat(regels).hasSizeGreaterThan(4);
        // newest first: the cancelled action with its reason on top, the opening of the casus further down
        WebElement nieuwste = regels.get(0);
        assertThat(nieuwste.getText()).contains("anna", "toegangsmedewerker, team WMO",
                "Opgegeven reden:", "Mevrouw verhuist gelijkvloers", "Correlatie-id:");
        List<Long> volgnummers = regels.stream().map(li -> Long.parseLong(li.getAttribute("data-volgnummer")))
                .toList();
        assertThat(volgnummers).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        List<String> actoren = regels.stream().map(li -> li.findElements(By.cssSelector(".actor")))
                .filter(a -> !a.isEmpty()).map(a -> a.get(0).getText()).distinct().toList();
        assertThat(actoren).contains("anna", "bram");
        assertThat(browser.tekst()).contains("Casus geopend", "bram", "toegangsmedewerker, team SCHULDHULP");
        browser.controleerEnLeg("historie-tijdlijn");

        // only bram's events
        browser.vulIn("actor", "bram");
        browser.druk("Filteren");
        browser.wachtOpTekst("van bram, de nieuwste eerst");
        assertThat(gebeurtenissen()).isNotEmpty().allSatisfy(li -> assertThat(li.findElement(By.cssSelector(".actor"))
                .getText()).isEqualTo("bram"));
        assertThat(browser.pad()).contains("actor=bram");
        browser.controleerEnLeg("historie-gefilterd");

        // through the household: its casussen, and from there the same timeline
        browser.open("/historie");
        browser.vulIn("huishouden", casus.huishouden());
        browser.druk("Zoeken");
        browser.wachtOpTekst("Casussen van huishouden " + casus.huishouden());
        browser.controleerEnLeg("historie-huishouden");
        browser.volg(casus.id());
        browser.wachtOpPad("/casussen/" + casus.id() + "/historie");

        // an unknown casus: said plainly next to the field
        browser.open("/historie");
        browser.vulIn("casus", "bestaat-niet-" + UUID.randomUUID().toString().substring(0, 8));
        browser.druk("Zoeken");
        browser.wachtOpTekst("Controleer de invoer");
        assertThat(browser.foutmeldingen()).anySatisfy(fout -> assertThat(fout).startsWith("Er is geen casus met id "));
        assertThat(browser.veld("casus").getAttribute("aria-invalid")).isEqualTo("true");
        browser.controleerEnLeg("historie-onbekend");
    }

    @Test
    void aWorkerOfAnotherTeamWhoDoesNotWorkOnTheCasusGetsNotFound() {
        ApiClient anna = new ApiClient(port, "anna");
        ApiClient.Answer melding = anna.post("/api/meldingen", Map.of("huishoudenId", "hh-" + UUID.randomUUID(),
                "kanaal", "TELEFOON", "levensdomeinen", List.of("WMO_ONDERSTEUNING")));
        assertThat(melding.status()).isEqualTo(201);
        String casusId = melding.body().get("casusId").asText();
        await().atMost(Duration.ofSeconds(20)).until(() -> anna.get("/api/casussen/" + casusId + "/historie")
                .status() == 200);

        browser.inloggen("bram");
        browser.open("/casussen/" + casusId + "/historie");
        assertThat(browser.kop()).isEqualTo("Niet gevonden");
        assertThat(browser.tekst()).contains("Er is geen casus met dit id.");
        assertThat(new ApiClient(port, "bram").get("/casussen/" + casusId + "/historie").status()).isEqualTo(404);
        browser.controleerEnLeg("historie-niet-gevonden");

        browser.driver().manage().deleteAllCookies();
        browser.inloggen("anna");
        browser.open("/casussen/" + casusId + "/historie");
        assertThat(browser.kop()).isEqualTo("Historie van casus " + casusId);
    }
}
