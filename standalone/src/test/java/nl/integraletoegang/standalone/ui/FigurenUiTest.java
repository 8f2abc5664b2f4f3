package nl.integraletoegang.standalone.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import nl.integraletoegang.standalone.ApiClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The management dashboard in the browser, on three casussen in a wijk of their own (the browser tests share one
 * database): charts and tables with the same numbers, a filter that htmx applies in place, a refused range, the CSV.
 */
class FigurenUiTest extends UiTestBasis {

    private record Casus(String huishouden, String id, String hulpvraag) {
        String pad() {
            return "/api/huishoudens/" + huishouden + "/casussen/" + id;
        }
    }

    private Casus melding(ApiClient medewerker, String wijk, List<String> levensdomeinen, String regime) {
        Map<String, Object> body = new HashMap<>(Map.of("huishoudenId", "hh-" + UUID.randomUUID(),
                "kanaal", "TELEFOON", "levensdomeinen", levensdomeinen, "wijk", wijk));
        if (regime != null) {
            body.put("regime", regime);
        }
        ApiClient.Answer answer = medewerker.post("/api/meldingen", body);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        return new Casus(answer.body().get("huishoudenId").asText(), answer.body().get("casusId").asText(),
                answer.body().get("hulpvraagId").asText());
    }

    private static void ok(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.body().toString()).isBetween(200, 201);
    }

    private static void triageEnPlan(ApiClient regisseur, Casus casus, String naam, String team, String domein) {
        ok(regisseur.post(casus.pad() + "/triage", Map.of("levensdomeinen", List.of(domein), "urgentie", "NORMAAL",
                "zwaarsteVraagstukHulpvraagId", casus.hulpvraag(),
                "regisseur", Map.of("gebruikersnaam", naam, "team", team))));
        ok(regisseur.post(casus.pad() + "/plan/versies", Map.of(
                "doelen", List.of(Map.of("levensdomein", domein, "omschrijving", "Doel")),
                "acties", List.of(Map.of("actieId", "actie-1", "omschrijving", "Actie", "eigenaar", naam,
                        "deadline", "2030-12-15")))));
    }

    /** Wmo+zorg with a Wmo termijn, escalated, handed back and closed (which stops the termijn); schulden escalated and open; Wmo waiting for triage. */
    private void casussenIn(String wijk) {
        ApiClient anna = new ApiClient(port, "anna");
        ApiClient bram = new ApiClient(port, "bram");
        ApiClient petra = new ApiClient(port, "petra");

        Casus zorg = melding(anna, wijk, List.of("WMO_ONDERSTEUNING", "ZORG"), "WMO_MELDING_ONDERZOEK");
        triageEnPlan(anna, zorg, "anna", "WMO", "ZORG");
        ok(anna.post(zorg.pad() + "/escalaties", Map.of("reden", "RISICO_ZORG_EN_VEILIGHEID", "toelichting", "Zorg")));
        ok(petra.post(zorg.pad() + "/escalatie/oppakken", Map.of()));
        ok(petra.post(zorg.pad() + "/escalatie/teruggave", Map.of("afgesprokenPlan", "Wijkteam sluit aan")));
        ok(anna.post(zorg.pad() + "/plan/acties/actie-1/afronding", Map.of()));
        ok(anna.post(zorg.pad() + "/sluiting", Map.of("uitkomsten", Map.of(zorg.hulpvraag(), "EIGEN_NETWERK"))));

        Casus schulden = melding(bram, wijk, List.of("SCHULDEN"), null);
        triageEnPlan(bram, schulden, "bram", "SCHULDHULP", "SCHULDEN");
        ok(bram.post(schulden.pad() + "/escalaties", Map.of("reden", "KETEN_STAGNEERT", "toelichting", "Stil")));

        melding(anna, wijk, List.of("WMO_ONDERSTEUNING"), null);

        ApiClient maria = new ApiClient(port, "maria");
        await().atMost(Duration.ofSeconds(30)).until(() -> maria.get("/api/figuren?wijk=" + wijk).body(),
                figuren -> som(figuren, "uitkomsten", "aantal") == 1 && som(figuren, "escalaties", "aantal") == 2
                        && som(figuren, "levensdomeinen", "aantal") == 4
                        && som(figuren, "wachttijdTotPlan", "aantal") == 2
                        && som(figuren, "doorlooptijd", "aantal") == 1
                        && som(figuren, "werklast", "nieuw") == 3
                        && som(figuren, "termijnnaleving", "gestopt") == 1);
    }

    private static long som(JsonNode figuren, String groep, String veld) {
        return StreamSupport.stream(figuren.get(groep).spliterator(), false).mapToLong(r -> r.get(veld).asLong())
                .sum();
    }

    private List<String> rijen(String tabel) {
        return browser.driver().findElements(By.cssSelector("#" + tabel + " tbody tr")).stream()
                .map(WebElement::getText).toList();
    }

    private long somVanKolom(String tabel, int kolom) {
        return browser.driver().findElements(By.cssSelector("#" + tabel + " tbody tr")).stream()
                .mapToLong(tr -> Long.parseLong(tr.findElements(By.cssSelector("th, td")).get(kolom).getText()))
                .sum();
    }

    @Test
    void aManagerSeesChartsAndTablesOfAWijkFiltersThemInPlaceAndDownloadsTheCsv() {
        String wijk = "Wijk-" + UUID.randomUUID().toString().substring(0, 8);
        casussenIn(wijk);

        browser.inloggen("maria");
        assertThat(browser.pad()).isEqualTo("/figuren");
        assertThat(browser.kop()).isEqualTo("Stuurinformatie");
        browser.controleerEnLeg("figuren");

        browser.open("/figuren?periode=MAAND&wijk=" + wijk);
        assertThat(browser.tekst()).contains("Alle perioden, per maand, wijk " + wijk);
        // one chart per figure, each an image with a name, each followed by its table
        List<WebElement> grafieken = browser.driver().findElements(By.cssSelector("svg.grafiek[role='img']"));
        assertThat(grafieken).hasSize(8);
        assertThat(grafieken).allSatisfy(svg -> assertThat(svg.getAttribute("aria-labelledby")).isNotBlank());
        assertThat(somVanKolom("tabel-wachttijd-triage", 1)).isEqualTo(2);
        assertThat(somVanKolom("tabel-wachttijd-plan", 1)).isEqualTo(2);
        assertThat(somVanKolom("tabel-doorlooptijd", 1)).isEqualTo(1);
        assertThat(rijen("tabel-termijnnaleving")).containsExactly(
                "Wmo: melding tot afgerond onderzoek (6 weken) 0 0 1 geen besluit");
        assertThat(rijen("tabel-levensdomeinen")).containsExactly("Wmo/ondersteuning 2", "Zorg 1", "Schulden 1");
        assertThat(rijen("tabel-escalaties")).containsExactly("Procesregisseur De keten stagneert 1",
                "Procesregisseur Risico voor zorg en veiligheid 1");
        assertThat(rijen("tabel-uitkomsten")).containsExactly("WMO Eigen netwerk 1 100%");
        assertThat(rijen("tabel-werklast")).containsExactly("SCHULDHULP 1 0 1", "WMO 2 1 1");
        // the chart carries the same numbers as text
        assertThat(browser.driver().findElement(By.id("grafiek-werklast")).getText()).contains("Team WMO",
                "Nieuw", "Open aan het einde");
        assertThat(browser.driver().findElements(By.cssSelector("#grafiek-levensdomeinen .grafiek-waarde"))
                .stream().map(WebElement::getText)).containsExactly("2", "1", "1");
        browser.controleerEnLeg("figuren-wijk");

        // htmx: the figures are replaced in place and the address follows
        ((JavascriptExecutor) browser.driver()).executeScript("window.nietHerladen = true;");
        browser.kies("periode", "Kwartaal");
        browser.druk("Cijfers tonen");
        browser.wachtOpTekst("Alle perioden, per kwartaal, wijk " + wijk);
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.nietHerladen === true;"))
                .isEqualTo(true);
        assertThat(browser.pad()).contains("periode=KWARTAAL").contains("wijk=" + wijk);
        assertThat(rijen("tabel-escalaties")).hasSize(2);
        String csv = browser.veld("csv").getAttribute("href");
        assertThat(csv).contains("/api/figuren.csv?").contains("periode=KWARTAAL").contains("wijk=" + wijk);
        browser.controleerEnLeg("figuren-kwartaal");

        ApiClient.Answer download = new ApiClient(port, "maria").get(csv.substring(csv.indexOf("/api/")));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.headers().getContentType()).hasToString("text/csv;charset=UTF-8");
        assertThat(download.body().asText()).startsWith("\uFEFFfiguur;periode;").contains(
                "escalaties;", ";" + wijk + ";PROCESREGISSEUR;KETEN_STAGNEERT;1;");

        // a range that ends before it begins: the error next to the field, the old address kept
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript("document.getElementById('van').value = '2026-06-01';"
                + "document.getElementById('tot').value = '2026-01-31';");
        browser.druk("Cijfers tonen");
        browser.wachtOpTekst("Controleer de invoer");
        assertThat(browser.foutmeldingen()).containsExactly(
                "De einddatum ligt vóór de begindatum: kies een datum op of na 2026-06-01.");
        assertThat(browser.veld("tot").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.driver().findElements(By.cssSelector("svg.grafiek"))).isEmpty();
        browser.controleerEnLeg("figuren-fout");

        // without script the same form answers 400, also for a date that does not exist or an unknown period
        browser.open("/figuren?periode=JAAR&van=2026-13-01");
        assertThat(browser.foutmeldingen()).containsExactly("Kies een periode: week, maand of kwartaal.",
                "De begindatum '2026-13-01' is geen geldige datum. Gebruik de vorm jjjj-mm-dd, bijvoorbeeld 2026-01-31.");
        browser.controleerEnLeg("figuren-fout-zonder-script");
        ApiClient maria = new ApiClient(port, "maria");
        assertThat(maria.get("/figuren?van=2026-06-01&tot=2026-01-01").status()).isEqualTo(400);
        assertThat(maria.get("/figuren?van=2026-13-01").status()).isEqualTo(400);
        assertThat(maria.get("/figuren?periode=JAAR").status()).isEqualTo(400);
    }
}
