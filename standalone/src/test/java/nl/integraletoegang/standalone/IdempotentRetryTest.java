package nl.integraletoegang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A retry with the same {@code Idempotency-Key} is answered with the first answer, byte for byte, including the ids
 * the server generated, and writes nothing; also after the application was restarted on the same database, and also
 * when two attempts arrive at the same moment. The same key for a different request is refused with a 409.
 */
class IdempotentRetryTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What must be identical between the first answer and a retry. */
    record Answer(int status, String body, String etag, String location) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One keyed write: who sends it, where, with which body and key, and the first answer it got. */
    record Write(String user, String path, String body, String key, Answer first) {
    }

    @Test
    void everyCreatingWriteAnswersARetryWithTheFirstAnswerAlsoAfterARestart() throws Exception {
        Path dataDirectory = TestDatabases.freshDataDirectory("idempotentie");
        String huishouden = "hh-idem-" + UUID.randomUUID();
        List<Write> writes = new ArrayList<>();
        long events;

        try (ConfigurableApplicationContext app = start(dataDirectory)) {
            int port = port(app);
            JdbcClient jdbc = app.getBean(JdbcClient.class);

            // a melding with sets of several elements: their order must not change the fingerprint
            Write melding = write(port, "anna", "/api/meldingen", """
                    {"huishoudenId": "%s", "kanaal": "TELEFOON",
                     "levensdomeinen": ["WMO_ONDERSTEUNING", "INKOMEN", "WONEN", "SCHULDEN", "WERK"],
                     "dreigingen": ["HUISUITZETTING", "AFSLUITING_ENERGIE_OF_WATER"],
                     "leden": [{"naam": "Sanne Jansen", "geboortedatum": "1979-02-11"}],
                     "regime": "WMO_MELDING_ONDERZOEK"}""".formatted(huishouden));
            assertThat(melding.first().status()).as(melding.first().body()).isEqualTo(201);
            assertThat(melding.first().location()).isEqualTo("/api/huishoudens/" + huishouden);
            writes.add(melding);
            String casusPad = "/api/huishoudens/" + huishouden + "/casussen/"
                    + melding.first().json().get("casusId").asText();
            String hulpvraag = melding.first().json().get("hulpvraagId").asText();
            assertThat(send(port, "anna", casusPad + "/triage", """
                    {"integraleHulpvraag": "Schulden en zorg", "levensdomeinen": ["WMO_ONDERSTEUNING"], "urgentie": "HOOG",
                     "zwaarsteVraagstukHulpvraagId": "%s",
                     "regisseur": {"gebruikersnaam": "anna", "team": "WMO"}}""".formatted(hulpvraag), null)
                    .status()).isEqualTo(200);

            Write termijn = write(port, "anna", casusPad + "/termijnen", """
                    {"hulpvraagId": "%s", "regime": "WMO_AANVRAAG_BESCHIKKING"}""".formatted(hulpvraag));
            Write escalatie = write(port, "anna", casusPad + "/escalaties", """
                    {"reden": "KETEN_STAGNEERT", "toelichting": "De keten staat stil"}""");
            assertThat(send(port, "petra", casusPad + "/escalatie/oppakken", "{}", null).status()).isEqualTo(200);
            assertThat(send(port, "petra", casusPad + "/escalatie/doorbraakteam",
                    "{\"reden\": \"KETEN_STAGNEERT\", \"toelichting\": \"Regels in de weg\"}", null).status())
                    .isEqualTo(200);
            assertThat(send(port, "dirk", casusPad + "/escalatie/oppakken", "{}", null).status()).isEqualTo(200);
            Write doorbraak = write(port, "dirk", casusPad + "/doorbraken", """
                    {"legitimiteit": {"ja": true, "motivering": "Mag"},
                     "betrokkenheid": {"ja": true, "motivering": "Helpt"},
                     "rendement": {"ja": true, "motivering": "Goedkoper"}, "oplossing": "Huur overnemen"}""");
            for (Write created : List.of(termijn, escalatie, doorbraak)) {
                assertThat(created.first().status()).as(created.first().body()).isEqualTo(201);
                assertThat(created.first().etag()).isEqualTo("\"" + created.first().json().get("versie") + "\"");
                writes.add(created);
            }
            events = eventCount(jdbc, huishouden);

            for (Write retried : writes) {
                assertThat(send(port, retried.user(), retried.path(), retried.body(), retried.key()))
                        .as("retry of " + retried.path()).isEqualTo(retried.first());
                // the same key for another request is refused, and names the rule
                String other = retried.body().replace("TELEFOON", "EMAIL")
                        .replace("KETEN_STAGNEERT", "RISICO_ZORG_EN_VEILIGHEID")
                        .replace("Huur overnemen", "Iets anders")
                        .replace("WMO_AANVRAAG_BESCHIKKING", "JEUGDWET_AANVRAAG_BESCHIKKING");
                assertThat(other).isNotEqualTo(retried.body());
                Answer reused = send(port, retried.user(), retried.path(), other, retried.key());
                assertThat(reused.status()).as(retried.path() + " " + reused.body()).isEqualTo(409);
                assertThat(reused.json().get("regel").asText()).isEqualTo("idempotency-key-hergebruikt");
            }
            assertThat(eventCount(jdbc, huishouden)).isEqualTo(events);

            // the id in the answer is the id that was stored: the termijn can be suspended under it
            assertThat(send(port, "anna", casusPad + "/termijnen/" + termijn.first().json().get("id").asText()
                    + "/opschorting", "{\"reden\": \"Aanvraag onvolledig\"}", null).status()).isEqualTo(200);
            events = eventCount(jdbc, huishouden);
        }

        try (ConfigurableApplicationContext app = start(dataDirectory)) {
            int port = port(app);
            for (Write retried : writes) {
                assertThat(send(port, retried.user(), retried.path(), retried.body(), retried.key()))
                        .as("retry after restart of " + retried.path()).isEqualTo(retried.first());
            }
            assertThat(eventCount(app.getBean(JdbcClient.class), huishouden)).isEqualTo(events);
        }
    }

    /**
     * Two attempts with one key at the same moment: the second waits for the first one's transaction (it holds the
     * key's row) and then answers with the first answer. Both get the same answer; the melding is stored once.
     */
    @Test
    void twoAttemptsWithOneKeyAtTheSameMomentApplyOnceAndGetTheSameAnswer() throws Exception {
        Path dataDirectory = TestDatabases.freshDataDirectory("idempotentie-gelijktijdig");
        try (ConfigurableApplicationContext app = start(dataDirectory)) {
            int port = port(app);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            for (int round = 0; round < 5; round++) {
                String huishouden = "hh-tegelijk-" + UUID.randomUUID();
                String body = """
                        {"huishoudenId": "%s", "kanaal": "EMAIL", "levensdomeinen": ["INKOMEN", "WERK", "WONEN"]}"""
                        .formatted(huishouden);
                String key = "tegelijk-" + UUID.randomUUID();
                CyclicBarrier start = new CyclicBarrier(2);
                List<CompletableFuture<Answer>> attempts = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    attempts.add(CompletableFuture.supplyAsync(() -> {
                        try {
                            start.await();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        return send(port, "anna", "/api/meldingen", body, key);
                    }));
                }
                Answer een = attempts.get(0).get();
                Answer twee = attempts.get(1).get();
                assertThat(een.status()).as(een.body()).isEqualTo(201);
                assertThat(twee).isEqualTo(een);
                assertThat(eventTypes(jdbc, huishouden)).containsExactly("CasusOpened", "MeldingRegistered");
            }
        }
    }

    private static Write write(int port, String user, String path, String body) {
        String key = "sleutel-" + UUID.randomUUID();
        return new Write(user, path, body, key, send(port, user, path, body, key));
    }

    private static Answer send(int port, String user, String path, String body, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", HttpProbe.basic(user))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8),
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long eventCount(JdbcClient jdbc, String huishouden) {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = :id")
                .param("id", huishouden).query(Long.class).single();
    }

    private static List<String> eventTypes(JdbcClient jdbc, String huishouden) {
        return jdbc.sql("SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = :id "
                        + "ORDER BY sequencenumber")
                .param("id", huishouden).query(String.class).list().stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    private static ConfigurableApplicationContext start(Path dataDirectory) {
        return new SpringApplicationBuilder(StandaloneApplication.class)
                .run(TestDatabases.asArguments(TestDatabases.standaloneProperties(dataDirectory)));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
