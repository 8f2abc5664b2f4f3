package nl.integraletoegang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A past period no longer changes: a casus closed in one month, reopened and closed again in a later month, driven
 * through the write API. The months pass in the event store: the household's events get moments in 2025 and the
 * figures projection is rebuilt from them, as it would be after any replay. A database of its own, so that the
 * counts of {@link ManagementFigurenTest} stay exact.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // stored events never change, so the projections share each message as first read; this test rewrites the
        // moments of stored events, so the rebuilt projection must read them again
        properties = "integrale-toegang.projecties.gedeelde-events=0")
class ManagementFigurenHeropeningTest {

    private static final String FIGUREN_2025 = "/api/figuren?periode=MAAND&van=2025-01-01&tot=2025-12-31&wijk=West";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "figuren-heropening");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventProcessingConfiguration processing;

    private static void ok(ApiClient.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
    }

    @Test
    void aClosureInAnEarlierMonthStillCountsThereAfterTheCasusIsReopenedAndClosedAgainLater() {
        ApiClient anna = new ApiClient(port, "anna");
        ApiClient maria = new ApiClient(port, "maria");
        String huishouden = "hh-" + UUID.randomUUID();
        ApiClient.Answer melding = anna.post("/api/meldingen", Map.of("huishoudenId", huishouden,
                "kanaal", "TELEFOON", "levensdomeinen", List.of("WMO_ONDERSTEUNING"), "wijk", "West",
                "omschrijving", "Hulp bij het huishouden"));
        ok(melding, 201);
        String hulpvraag = melding.body().get("hulpvraagId").asText();
        String pad = "/api/huishoudens/" + huishouden + "/casussen/" + melding.body().get("casusId").asText();
        ok(anna.post(pad + "/triage", Map.of("integraleHulpvraag", "Integrale hulpvraag",
                "levensdomeinen", List.of("WMO_ONDERSTEUNING"), "urgentie", "NORMAAL",
                "zwaarsteVraagstukHulpvraagId", hulpvraag,
                "regisseur", Map.of("gebruikersnaam", "anna", "team", "WMO"))), 200);
        ok(anna.post(pad + "/sluiting", Map.of("uitkomsten", Map.of(hulpvraag, "EIGEN_NETWERK"))), 200);
        ok(anna.post(pad + "/heropening", Map.of("reden", "Nieuwe achterstand")), 200);
        ok(anna.post(pad + "/sluiting", Map.of("uitkomsten", Map.of(hulpvraag, "MAATWERKVOORZIENING"))), 200);

        // opened and first closed in March 2025, reopened in April, closed again in May
        List<String> typen = jdbc.sql("""
                        SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = :id
                        ORDER BY sequencenumber""")
                .param("id", huishouden).query(String.class).list();
        int eersteSluiting = indexOf(typen, "CasusClosed", 0);
        int heropening = indexOf(typen, "CasusReopened", eersteSluiting);
        int tweedeSluiting = indexOf(typen, "CasusClosed", heropening);
        for (int i = 0; i < typen.size(); i++) {
            String moment = i < eersteSluiting ? "2025-03-03T09:%02d:00Z".formatted(i)
                    : i < heropening ? "2025-03-10T09:00:00Z"
                    : i < tweedeSluiting ? "2025-04-07T09:00:00Z"
                    : "2025-05-12T09:00:00Z";
            jdbc.sql("""
                            UPDATE domainevententry SET timestamp = :moment
                            WHERE aggregateidentifier = :id AND sequencenumber = :volgnummer""")
                    .param("moment", moment).param("id", huishouden).param("volgnummer", i).update();
        }
        StreamingEventProcessor processor = processing
                .eventProcessor("managementfiguren", StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();

        JsonNode figuren = await().atMost(Duration.ofSeconds(30)).until(() -> maria.get(FIGUREN_2025).body(),
                body -> body.get("doorlooptijd").size() == 2);

        // March keeps the first closure: its doorlooptijd (a week), its outcome and the closure in the workload
        assertThat(rijen(figuren, "doorlooptijd")).extracting(rij -> rij.at("/periode/label").asText(),
                        rij -> rij.get("aantal").asLong(), rij -> Math.round(rij.get("mediaanDagen").asDouble()))
                .containsExactly(tuple("2025-03", 1L, 7L), tuple("2025-05", 1L, 70L));
        assertThat(rijen(figuren, "uitkomsten")).extracting(rij -> rij.at("/periode/label").asText(),
                        rij -> rij.get("team").asText(), rij -> rij.get("uitkomst").asText(),
                        rij -> rij.get("aantal").asLong())
                .containsExactly(tuple("2025-03", "WMO", "EIGEN_NETWERK", 1L),
                        tuple("2025-05", "WMO", "MAATWERKVOORZIENING", 1L));
        // open again from the reopening in April until the second closure in May
        assertThat(rijen(figuren, "werklast")).extracting(rij -> rij.at("/periode/label").asText(),
                        rij -> rij.get("nieuw").asLong(), rij -> rij.get("afgesloten").asLong(),
                        rij -> rij.get("openAanEinde").asLong())
                .containsExactly(tuple("2025-03", 1L, 1L, 0L), tuple("2025-04", 0L, 0L, 1L),
                        tuple("2025-05", 0L, 1L, 0L));
    }

    private static int indexOf(List<String> typen, String type, int vanaf) {
        for (int i = vanaf + 1; i < typen.size(); i++) {
            if (typen.get(i).endsWith("." + type)) {
                return i;
            }
        }
        throw new AssertionError(type + " ontbreekt in " + typen);
    }

    private static List<JsonNode> rijen(JsonNode figuren, String groep) {
        return StreamSupport.stream(figuren.get(groep).spliterator(), false).toList();
    }
}
