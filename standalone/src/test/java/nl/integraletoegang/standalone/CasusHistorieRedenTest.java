package nl.integraletoegang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The audit history carries the why of every step a worker explained: the escalation's and the onward escalation's
 * toelichting, the besluit, the doorbraak's oplossing and the plan agreed at the hand-back, next to the enum. That
 * text is personal data: erasing the household's personal data makes it unreadable in the history too.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CasusHistorieRedenTest {

    private static final String HUISHOUDEN = "hh-historie-reden";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "historie-reden");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private static void ok(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.body().toString()).isBetween(200, 201);
    }

    private static Map<String, Object> pijler() {
        return Map.of("ja", true, "motivering", "Ja, gemotiveerd");
    }

    @Test
    void theHistoryShowsTheTextEachStepWasExplainedWithUntilTheHouseholdIsErased() {
        ApiClient bram = new ApiClient(port, "bram");
        ApiClient petra = new ApiClient(port, "petra");
        ApiClient dirk = new ApiClient(port, "dirk");
        ApiClient.Answer melding = bram.post("/api/meldingen", Map.of("huishoudenId", HUISHOUDEN,
                "kanaal", "TELEFOON", "levensdomeinen", List.of("SCHULDEN"), "wijk", "Noord",
                "omschrijving", "Huurachterstand"));
        ok(melding);
        String casusId = melding.body().get("casusId").asText();
        String pad = "/api/huishoudens/" + HUISHOUDEN + "/casussen/" + casusId;
        ok(bram.post(pad + "/triage", Map.of("integraleHulpvraag", "Integrale hulpvraag",
                "levensdomeinen", List.of("SCHULDEN"), "urgentie", "NORMAAL",
                "zwaarsteVraagstukHulpvraagId", melding.body().get("hulpvraagId").asText(),
                "regisseur", Map.of("gebruikersnaam", "bram", "team", "SCHULDHULP"))));
        ok(bram.post(pad + "/escalaties", Map.of("reden", "KETEN_STAGNEERT",
                "toelichting", "Verhuurder reageert al zes weken niet")));
        ok(petra.post(pad + "/escalatie/oppakken", Map.of()));
        ok(petra.post(pad + "/escalatie/besluiten", Map.of("besluit", "Casusoverleg met verhuurder en Schuldhulp")));
        ok(petra.post(pad + "/escalatie/doorbraakteam", Map.of("reden", "AFSPRAKEN_NIET_NAGEKOMEN",
                "toelichting", "Verhuurder komt afspraken uit het overleg niet na")));
        ok(dirk.post(pad + "/escalatie/oppakken", Map.of()));
        ok(dirk.post(pad + "/doorbraken", Map.of("legitimiteit", pijler(), "betrokkenheid", pijler(),
                "rendement", pijler(), "oplossing", "Gemeente neemt de huurachterstand over")));
        ok(dirk.post(pad + "/escalatie/teruggave", Map.of("afgesprokenPlan", "Budgetbeheer start per maand")));

        ApiClient aart = new ApiClient(port, "aart");
        String historie = "/api/casussen/" + casusId + "/historie";
        JsonNode regels = await().atMost(Duration.ofSeconds(30)).until(() -> aart.get(historie).body(),
                body -> body.toString().contains("Teruggegeven aan casusregisseur")).get("regels");

        Map<String, String> redenen = redenen(regels);
        assertThat(redenen).containsEntry("Geëscaleerd naar procesregisseur", "Verhuurder reageert al zes weken niet")
                .containsEntry("Besluit vastgelegd", "Casusoverleg met verhuurder en Schuldhulp")
                .containsEntry("Geëscaleerd naar doorbraakteam", "Verhuurder komt afspraken uit het overleg niet na")
                .containsEntry("Doorbraak goedgekeurd", "Gemeente neemt de huurachterstand over")
                .containsEntry("Teruggegeven aan casusregisseur", "Budgetbeheer start per maand");
        // the enum stays in the description, which holds no free text
        assertThat(omschrijving(regels, "Geëscaleerd naar procesregisseur")).isEqualTo("Reden: KETEN_STAGNEERT.");
        assertThat(omschrijving(regels, "Teruggegeven aan casusregisseur")).doesNotContain("Budgetbeheer");

        ok(new ApiClient(port, "bea").post("/api/beheer/huishoudens/" + HUISHOUDEN + "/persoonsgegevens/"
                + HUISHOUDEN + "/wissing", Map.of("reden", "Bewaartermijn verstreken")));
        JsonNode gewist = await().atMost(Duration.ofSeconds(30)).until(() -> aart.get(historie).body(),
                body -> !body.toString().contains("Verhuurder"));
        assertThat(redenen(gewist.get("regels"))).containsEntry("Geëscaleerd naar procesregisseur", "[gewist]")
                .containsEntry("Besluit vastgelegd", "[gewist]")
                .containsEntry("Teruggegeven aan casusregisseur", "[gewist]");
        assertThat(jdbc.sql("SELECT count(*) FROM casus_historie WHERE reden LIKE '%Verhuurder%' "
                + "OR reden LIKE '%Budgetbeheer%' OR reden LIKE '%huurachterstand%'").query(Long.class).single())
                .isZero();
    }

    private static Map<String, String> redenen(JsonNode regels) {
        Map<String, String> redenen = new LinkedHashMap<>();
        regels.forEach(regel -> redenen.put(regel.get("gebeurtenis").asText(), regel.path("reden").asText(null)));
        return redenen;
    }

    private static String omschrijving(JsonNode regels, String gebeurtenis) {
        for (JsonNode regel : regels) {
            if (regel.get("gebeurtenis").asText().equals(gebeurtenis)) {
                return regel.get("omschrijving").asText();
            }
        }
        throw new AssertionError(gebeurtenis + " ontbreekt");
    }
}
