package nl.integraletoegang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
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

    /**
     * Tables that are not read models: the event store, tokens, dead letters, sagas, command-side tables and the
     * query-side instances' heartbeat (which moves on by itself while a slow rebuild runs).
     */
    private static final List<String> INFRASTRUCTUUR = List.of("domainevententry", "snapshotevententry",
            "tokenentry", "deadletterentry", "sagaentry", "associationvalueentry", "idempotency_key",
            "scheduled_tasks", "query_instantie");

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
    void standaloneModeGivesEveryProjectionOneSegment() {
        ApiClient bea = new ApiClient(port, "bea");
        registreerCasus("hh-segmenten", Map.of());
        awaitBijgewerkt(bea);
        List<String> projecties = new ArrayList<>();
        standen(bea).forEach(stand -> projecties.add(stand.get("naam").asText()));
        assertThat(projecties).hasSize(7);
        // one process never shares a projection: one segment each (the query side on its own keeps four)
        assertThat(projecties).allSatisfy(projectie -> assertThat(jdbc.sql(
                        "SELECT count(*) FROM tokenentry WHERE processorname = :naam")
                .param("naam", projectie).query(Long.class).single()).as(projectie).isEqualTo(1L));
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
    void aBlockedHouseholdIsListedWithItsCauseAndASkippedDeadLetterComesBackWithARebuild() {
        ApiClient bea = new ApiClient(port, "bea");
        String pad = "/api/beheer/projecties/casushistorie/geblokkeerde-huishoudens";
        String gif = "hh-gif-" + UUID.randomUUID();
        String blijftVast = "hh-gif-blijft-" + UUID.randomUUID();
        String ander = "hh-gezond-" + UUID.randomUUID();
        // the history refuses the first event of two households, as a bug or a full disk would: their later events
        // queue behind it
        jdbc.sql("ALTER TABLE casus_historie ADD CONSTRAINT weigert_eerste_event CHECK (volgnummer <> 0 OR "
                + "huishouden_id NOT IN ('%s', '%s'))".formatted(gif, blijftVast)).update();
        try {
            registreerCasus(gif, Map.of());
            registreerCasus(blijftVast, Map.of());
            registreerCasus(ander, Map.of());
            long events = eventCount(gif);
            assertThat(events).isGreaterThan(3);

            JsonNode geblokkeerd = await().atMost(Duration.ofSeconds(30)).until(() -> geblokkeerd(bea, gif),
                    huishouden -> huishouden != null && huishouden.get("wachtendeEvents").asLong() == events);
            JsonNode eerste = geblokkeerd.get("eersteEvent");
            Map<String, Object> eersteInStore = jdbc.sql("""
                            SELECT eventidentifier, globalindex, payloadtype FROM domainevententry
                            WHERE aggregateidentifier = :id AND sequencenumber = 0""")
                    .param("id", gif).query().singleRow();
            assertThat(eerste.get("eventId").asText()).isEqualTo(eersteInStore.get("eventidentifier"));
            assertThat(eerste.get("globaleIndex").asLong()).isEqualTo(((Number) eersteInStore.get("globalindex"))
                    .longValue());
            assertThat((String) eersteInStore.get("payloadtype")).endsWith("." + eerste.get("eventType").asText());
            assertThat(eerste.get("tijdstip").asText()).isNotBlank();
            // the cause names the kind of failure and where, never the values that failed
            assertThat(geblokkeerd.get("oorzaak").get("type").asText()).isNotBlank();
            assertThat(geblokkeerd.get("oorzaak").get("melding").asText())
                    .contains("SQLState 23514", "weigert_eerste_event", "casus_historie", "CasusHistorieProjection")
                    .doesNotContain("Failing row", "Piet", gif, "\n");
            assertThat(jdbc.sql("SELECT causemessage FROM deadletterentry WHERE sequenceidentifier = :id")
                    .param("id", gif).query(String.class).list()).filteredOn(java.util.Objects::nonNull).isNotEmpty().allSatisfy(oorzaak -> assertThat(oorzaak)
                    .doesNotContain("Failing row", "Piet", gif));

            // the state and the metrics count the blocked households, for an alert
            assertThat(bea.get("/api/beheer/projecties/casushistorie").body().get("geblokkeerdeHuishoudens")
                    .asLong()).isGreaterThanOrEqualTo(2);
            ApiClient.Answer metric = bea.get("/actuator/metrics/integrale_toegang.projectie.geblokkeerde_huishoudens"
                    + "?tag=projectie:casushistorie");
            assertThat(metric.status()).isEqualTo(200);
            assertThat(metric.body().get("measurements").get(0).get("value").asDouble()).isGreaterThanOrEqualTo(2);

            // the other households go on; the blocked one has nothing in the history yet
            await().atMost(Duration.ofSeconds(20)).until(() -> historie(ander) == eventCount(ander));
            assertThat(historie(gif)).isZero();

            // a retry while the cause is still there changes nothing
            ApiClient.Answer opnieuw = bea.post(pad + "/" + gif + "/verwerking", Map.of());
            assertThat(opnieuw.status()).isEqualTo(200);
            assertThat(opnieuw.body().get("verwerkt").asLong()).isZero();
            assertThat(opnieuw.body().get("resterend").asLong()).isEqualTo(events);

            // a skip needs a reason, a beheerder, a blocked household and the letter the beheerder saw
            ApiClient.Answer zonderReden = bea.post(pad + "/" + gif + "/overslag", Map.of());
            assertThat(zonderReden.status()).isEqualTo(400);
            assertThat(zonderReden.body().toString()).contains("reden");
            assertThat(bea.post(pad + "/" + gif + "/overslag", Map.of("reden", "   ")).status()).isEqualTo(400);
            ApiClient.Answer metNul = bea.post(pad + "/" + gif + "/overslag", Map.of("reden", "gif\u0000reden"));
            assertThat(metNul.status()).isEqualTo(400);
            assertThat(metNul.body().toString()).contains("stuurteken").doesNotContain("gif\\u0000reden");
            assertThat(bea.post(pad + "/" + gif + "/overslag", Map.of("reden", "x".repeat(501))).status())
                    .isEqualTo(400);
            assertThat(new ApiClient(port, "anna").post(pad + "/" + gif + "/overslag",
                    Map.of("reden", "Ik wil verder")).status()).isEqualTo(403);
            assertThat(new ApiClient(port, "anna").get(pad).status()).isEqualTo(403);
            assertThat(new ApiClient(port, "anna").post(pad + "/" + gif + "/verwerking", Map.of()).status())
                    .isEqualTo(403);
            assertThat(bea.post(pad + "/" + ander + "/overslag", Map.of("reden", "Niet vast")).status())
                    .isEqualTo(404);
            assertThat(bea.post(pad + "/" + ander + "/verwerking", Map.of()).status()).isEqualTo(404);
            assertThat(bea.post(pad + "/" + gif + "/overslag", Map.of("reden", "Ander event",
                    "eventId", "een-ander-event")).status()).isEqualTo(409);
            assertThat(historie(gif)).isZero();

            ApiClient.Answer overslag = bea.post(pad + "/" + gif + "/overslag", Map.of(
                    "reden", "Schijf vol bij eerste melding; herbouw volgt na opruimen",
                    "eventId", eerste.get("eventId").asText()));
            assertThat(overslag.status()).as(overslag.body().toString()).isEqualTo(200);
            assertThat(overslag.body().get("resterend").asLong()).isZero();
            assertThat(overslag.body().get("gebruiker").asText()).isEqualTo("bea");
            // the household's later events are applied, the skipped one is not
            assertThat(historie(gif)).isEqualTo(events - 1);
            assertThat(jdbc.sql("SELECT count(*) FROM casus_historie WHERE event_id = :id")
                    .param("id", eerste.get("eventId").asText()).query(Long.class).single()).isZero();
            assertThat(geblokkeerd(bea, gif)).isNull();
            assertThat(geblokkeerd(bea, blijftVast)).isNotNull();

            JsonNode logboek = bea.get("/api/beheer/projecties/casushistorie/overslagen").body();
            assertThat(toList(logboek)).anySatisfy(regel -> {
                assertThat(regel.get("huishoudenId").asText()).isEqualTo(gif);
                assertThat(regel.get("eventId").asText()).isEqualTo(eerste.get("eventId").asText());
                assertThat(regel.get("eventType").asText()).isEqualTo(eerste.get("eventType").asText());
                assertThat(regel.get("globaleIndex").asLong()).isEqualTo(eerste.get("globaleIndex").asLong());
                assertThat(regel.get("gebruiker").asText()).isEqualTo("bea");
                assertThat(regel.get("reden").asText()).isEqualTo(
                        "Schijf vol bij eerste melding; herbouw volgt na opruimen");
                assertThat(regel.get("tijdstip").asText()).isNotBlank();
                assertThat(regel.get("oorzaak").asText()).contains("weigert_eerste_event");
            });
            // the same letter is not skipped twice, and the log cannot be changed afterwards
            assertThat(bea.post(pad + "/" + gif + "/overslag", Map.of("reden", "Nog eens")).status())
                    .isEqualTo(404);
            assertThatThrownBy(() -> jdbc.sql("UPDATE dead_letter_overslag SET reden = 'anders'").update())
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> jdbc.sql("DELETE FROM dead_letter_overslag").update())
                    .hasMessageContaining("append-only");
            assertThat(new ApiClient(port, "anna").get("/api/beheer/projecties/casushistorie/overslagen").status())
                    .isEqualTo(403);
        } finally {
            jdbc.sql("ALTER TABLE casus_historie DROP CONSTRAINT weigert_eerste_event").update();
        }

        // once the cause is fixed, a rebuild restores the skipped event's effect; the dead letters still queued for
        // the other household are not replayed on top of the rebuild but emptied with it, and its events applied once
        assertThat(bea.post("/api/beheer/projecties/casushistorie/herbouw", Map.of()).status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> historie(gif) == eventCount(gif)
                && historie(blijftVast) == eventCount(blijftVast));
        awaitBijgewerkt(bea);
        assertThat(bea.get("/api/beheer/projecties/casushistorie").body().get("deadLetters").asLong()).isZero();
        assertThat(bea.get(pad).body()).isEmpty();
        assertThat(historie(ander)).isEqualTo(eventCount(ander));
        // the log outlives the rebuild
        assertThat(toList(bea.get("/api/beheer/projecties/casushistorie/overslagen").body()))
                .anySatisfy(regel -> assertThat(regel.get("huishoudenId").asText()).isEqualTo(gif));
    }

    private JsonNode geblokkeerd(ApiClient beheerder, String huishouden) {
        ApiClient.Answer answer = beheerder.get("/api/beheer/projecties/casushistorie/geblokkeerde-huishoudens");
        assertThat(answer.status()).isEqualTo(200);
        return toList(answer.body()).stream().filter(h -> h.get("huishoudenId").asText().equals(huishouden))
                .findFirst().orElse(null);
    }

    private long historie(String huishouden) {
        return jdbc.sql("SELECT count(*) FROM casus_historie WHERE huishouden_id = :id")
                .param("id", huishouden).query(Long.class).single();
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
