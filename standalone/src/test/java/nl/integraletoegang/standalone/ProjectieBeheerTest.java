package nl.integraletoegang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A beheerder rebuilds projections from the event store and processes dead letters again once their cause is
 * fixed; one bad event does not stop a projection, and a rebuild yields exactly the tables it had.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProjectieBeheerTest {

    /** Tables that are not read models: the event store, tokens, dead letters, sagas and command-side tables. */
    private static final List<String> INFRASTRUCTUUR = List.of("domainevententry", "snapshotevententry",
            "tokenentry", "deadletterentry", "sagaentry", "associationvalueentry", "idempotency_key",
            "scheduled_tasks");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "beheer");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private void registreerCasus(String huishouden, Map<String, String> headers) {
        ApiClient bram = new ApiClient(port, "bram");
        ApiClient.Answer melding = bram.postRaw("/api/meldingen", """
                {"huishoudenId": "%s", "kanaal": "TELEFOON", "levensdomeinen": ["SCHULDEN"], "wijk": "Noord",
                 "regime": "SCHULDHULP_VERZOEK_EERSTE_GESPREK",
                 "leden": [{"naam": "Piet Pieters", "geboortedatum": "1960-06-01"}]}""".formatted(huishouden),
                headers);
        assertThat(melding.status()).as(melding.body().toString()).isEqualTo(201);
        String pad = "/api/huishoudens/" + huishouden + "/casussen/" + melding.body().get("casusId").asText();
        assertThat(bram.post(pad + "/triage", Map.of("levensdomeinen", List.of("SCHULDEN"), "urgentie", "NORMAAL",
                "zwaarsteVraagstukHulpvraagId", melding.body().get("hulpvraagId").asText(),
                "regisseur", Map.of("gebruikersnaam", "bram", "team", "SCHULDHULP"))).status()).isEqualTo(200);
        assertThat(bram.post(pad + "/plan/versies", Map.of(
                "doelen", List.of(Map.of("levensdomein", "SCHULDEN", "omschrijving", "Schulden in beeld")),
                "acties", List.of(Map.of("actieId", "a-1", "omschrijving", "Formulieren invullen",
                        "eigenaar", "bram", "deadline", "2027-01-31"))))).isNotNull();
        assertThat(bram.post(pad + "/escalaties", Map.of("reden", "AFSPRAKEN_NIET_NAGEKOMEN",
                "toelichting", "Schuldeisers houden zich niet aan afspraken")).status()).isEqualTo(201);
    }

    private JsonNode standen(ApiClient beheerder) {
        ApiClient.Answer answer = beheerder.get("/api/beheer/projecties");
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }

    private void awaitBijgewerkt(ApiClient beheerder) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(standen(beheerder))
                .isNotEmpty()
                .allSatisfy(stand -> {
                    assertThat(stand.get("actief").asBoolean()).isTrue();
                    assertThat(stand.get("herbouwt").asBoolean()).isFalse();
                    assertThat(stand.get("achterstand").asLong()).isZero();
                }));
    }

    /** Every read-model table as text, rows in a stable order. */
    private Map<String, List<String>> leesmodellen() {
        List<String> tabellen = jdbc.sql("""
                        SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE 'flyway%'
                        ORDER BY tablename""")
                .query(String.class).list().stream().filter(t -> !INFRASTRUCTUUR.contains(t)).toList();
        Map<String, List<String>> inhoud = new LinkedHashMap<>();
        for (String tabel : tabellen) {
            inhoud.put(tabel, jdbc.sql("SELECT t::text FROM " + tabel + " t ORDER BY 1").query(String.class).list());
        }
        return inhoud;
    }

    @Test
    void aRebuildFromTheEventStoreYieldsIdenticalTables() {
        ApiClient bea = new ApiClient(port, "bea");
        for (int i = 0; i < 3; i++) {
            registreerCasus("hh-herbouw-" + i, Map.of());
        }
        awaitBijgewerkt(bea);
        Map<String, List<String>> voor = leesmodellen();
        assertThat(voor.get("casus_historie")).hasSizeGreaterThan(10);
        assertThat(voor.get("casus_overzicht")).hasSizeGreaterThanOrEqualTo(3);

        // a read model that went wrong is put right by the rebuild, which starts from the events alone
        jdbc.sql("UPDATE casus_historie SET omschrijving = 'geknoeid'").update();
        jdbc.sql("DELETE FROM termijn_overzicht").update();
        for (JsonNode stand : standen(bea)) {
            ApiClient.Answer herbouw = bea.post("/api/beheer/projecties/" + stand.get("naam").asText() + "/herbouw",
                    Map.of());
            assertThat(herbouw.status()).isEqualTo(202);
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(leesmodellen()).isEqualTo(voor));
        awaitBijgewerkt(bea);
    }

    @Test
    void oneBadEventGoesToTheDeadLetterQueueAndIsProcessedAgainOnceTheCauseIsFixed() {
        ApiClient bea = new ApiClient(port, "bea");
        String huishouden = "hh-dead-letter-" + UUID.randomUUID();
        // the history table refuses this request's rows, as a broken database or a bug in the projection would
        jdbc.sql("ALTER TABLE casus_historie ADD CONSTRAINT weigert_gif CHECK (correlatie_id <> 'gif-correlatie')")
                .update();
        try {
            registreerCasus(huishouden, Map.of("X-Correlation-Id", "gif-correlatie"));

            long events = eventCount(huishouden);
            // the first event fails; the household's later events queue up behind it, in order
            List<JsonNode> deadLetters = await().atMost(Duration.ofSeconds(30))
                    .until(() -> List.copyOf(toList(bea.get("/api/beheer/projecties/casushistorie/dead-letters")
                            .body())), letters -> letters.size() == events);
            assertThat(deadLetters).allSatisfy(letter -> assertThat(letter.get("volgorde").asText())
                    .isEqualTo(huishouden));
            assertThat(deadLetters.get(0).get("oorzaak").asText()).contains("weigert_gif")
                    .doesNotContain("Failing row", "\n");
            // the other projection goes on: the household overview shows the casus
            await().atMost(Duration.ofSeconds(20)).until(() -> new ApiClient(port, "bram")
                    .get("/api/huishoudens/" + huishouden).status() == 200);
        } finally {
            jdbc.sql("ALTER TABLE casus_historie DROP CONSTRAINT weigert_gif").update();
        }

        ApiClient.Answer verwerking = bea.post("/api/beheer/projecties/casushistorie/dead-letters/verwerking",
                Map.of());
        assertThat(verwerking.status()).isEqualTo(200);
        assertThat(verwerking.body().get("verwerkt").asLong()).isEqualTo(eventCount(huishouden));
        assertThat(verwerking.body().get("resterend").asLong()).isZero();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                        "SELECT count(*) FROM casus_historie WHERE huishouden_id = :id")
                .param("id", huishouden).query(Long.class).single() == eventCount(huishouden));
        assertThat(bea.get("/api/beheer/projecties/casushistorie/dead-letters").body()).isEmpty();
    }

    @Test
    void theLagIsAMetricAndOnlyABeheerderManagesProjections() {
        ApiClient bea = new ApiClient(port, "bea");
        awaitBijgewerkt(bea);
        ApiClient.Answer metric = bea.get("/actuator/metrics/integrale_toegang.projectie.achterstand");
        assertThat(metric.status()).isEqualTo(200);
        assertThat(metric.body().get("availableTags").toString()).contains("casushistorie",
                "huishoudenoverzicht");

        assertThat(new ApiClient(port, "anna").get("/api/beheer/projecties").status()).isEqualTo(403);
        assertThat(new ApiClient(port, "anna").post("/api/beheer/projecties/casushistorie/herbouw", Map.of())
                .status()).isEqualTo(403);
        assertThat(ApiClient.anonymous(port).get("/api/beheer/projecties").status()).isEqualTo(401);
        assertThat(bea.get("/api/beheer/projecties/bestaat-niet").status()).isEqualTo(404);
    }

    private long eventCount(String huishouden) {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = :id")
                .param("id", huishouden).query(Long.class).single();
    }

    private static List<JsonNode> toList(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).toList();
    }
}
