package nl.integraletoegang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.integraletoegang.standalone.VijandigeVerzoeken.Fixture;
import nl.integraletoegang.standalone.VijandigeVerzoeken.Operatie;
import nl.integraletoegang.standalone.VijandigeVerzoeken.Verzoek;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Thousands of generated requests, most of them malformed or hostile, to every operation of the OpenAPI description,
 * one after the other against the real application: none may answer 5xx or redirect an API client to a login page,
 * none that is refused may write an event, no problem detail may echo hostile input back, and afterwards no
 * projection has a dead letter or lags behind. Every violation is collected and reported by kind at the end, with
 * the seed that repeats the run.
 *
 * <p>{@code -Dfuzz.requests=20000} sends more requests, {@code -Dfuzz.seed=...} repeats a run.
 *
 * <p>A seeded generator in a plain JUnit test rather than jqwik: the application is one stateful Spring context on
 * one database, so jqwik's shrinking (which replays shorter sequences against a state the first run already changed)
 * would not reproduce anything, and collecting every distinct failure of one run says more than the first one
 * shrunk.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VijandigeInvoerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The server closed the connection without an answer (counted apart, not as a status class). */
    private static final int GESLOTEN = 499;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "vijandig");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** One kind of violation (what went wrong with which request shape): how often, where, one example. */
    private static final class Soort {
        private final String voorbeeld;
        private final java.util.SortedSet<String> operaties = new java.util.TreeSet<>();
        private final java.util.SortedSet<Integer> statussen = new java.util.TreeSet<>();
        private int keer;

        Soort(String voorbeeld) {
            this.voorbeeld = voorbeeld;
        }

        void add(String operatie, int status) {
            keer++;
            operaties.add(operatie);
            statussen.add(status);
        }

        @Override
        public String toString() {
            return "%dx, status %s, op %s\n      bv. %s".formatted(keer, statussen, operaties, voorbeeld);
        }
    }

    private record Antwoord(int status, String contentType, String body) {
    }

    @Test
    void noRequestCrashesTheServiceWritesWhenRefusedOrPoisonsAProjection() {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        int aantal = Integer.getInteger("fuzz.requests", 2000);
        List<Fixture> fixtures = List.of(household(), household(), household());
        JsonNode apiDocs = ApiClient.anonymous(port).get("/v3/api-docs").body();
        List<Operatie> operaties = VijandigeVerzoeken.operaties(apiDocs);
        assertThat(operaties).hasSizeGreaterThan(30);
        VijandigeVerzoeken generator = new VijandigeVerzoeken(seed, apiDocs, fixtures);
        java.util.Random keuze = new java.util.Random(seed ^ 0x5DEECE66DL);

        Map<String, Soort> overtredingen = new TreeMap<>();
        int[] perKlasse = new int[6];
        long geweigerdeSchrijvingen = 0;
        int verstuurd = 0;
        int gesloten = 0;
        long start = System.nanoTime();
        long events = eventCount();
        for (int i = 0; i < aantal; i++) {
            Verzoek verzoek = generator.next(operaties.get(keuze.nextInt(operaties.size())));
            Antwoord antwoord = send(verzoek);
            if (antwoord == null) {
                continue;
            }
            verstuurd++;
            if (antwoord.status() == GESLOTEN) {
                gesloten++;
            } else {
                perKlasse[Math.min(antwoord.status() / 100, 5)]++;
            }
            long na = eventCount();
            List<String> fouten = new ArrayList<>();
            if (antwoord.status() >= 500) {
                fouten.add("5xx");
            }
            if (antwoord.status() >= 300 && antwoord.status() < 400) {
                fouten.add("doorverwijzing op de API");
            }
            boolean geslaagd = antwoord.status() >= 200 && antwoord.status() < 300;
            if (!geslaagd && na != events) {
                fouten.add("geweigerd maar %d event(s) geschreven: %s".formatted(na - events,
                        String.join(",", lastEventTypes(na - events))));
                geweigerdeSchrijvingen += na - events;
            }
            String echo = echo(antwoord, verzoek);
            if (echo != null) {
                fouten.add("problem detail herhaalt invoer (" + echo + ")");
            }
            events = na;
            for (String fout : fouten) {
                String vorm = verzoek.vorm().replaceAll("\\[\\d+]", "[]")
                        .replaceAll("uitkomsten\\.[^=]+", "uitkomsten.*");
                if (fout.startsWith("problem detail")) {
                    // an echo is one fault wherever it happens: group by the kind of hostile value only
                    vorm = vorm.replaceAll("^(\\S+) .*=", "$1 *=");
                }
                String soort = fout.replaceAll(": .*", "").replaceAll("\\d+ event", "n event")
                        .replaceAll("\\(.*\\)", "") + " | " + vorm;
                overtredingen.computeIfAbsent(soort, s -> new Soort(describe(verzoek, antwoord, fout)))
                        .add(verzoek.operatie().toString(), antwoord.status());
            }
        }
        Duration duur = Duration.ofNanos(System.nanoTime() - start);

        ApiClient bea = new ApiClient(port, "bea");
        List<String> achterstand = new ArrayList<>();
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
                achterstand.clear();
                for (JsonNode stand : bea.get("/api/beheer/projecties").body()) {
                    if (!stand.path("actief").asBoolean() || stand.path("herbouwt").asBoolean()
                            || stand.path("achterstand").asLong() != 0) {
                        achterstand.add(stand.toString());
                    }
                }
                return achterstand.isEmpty();
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // reported below with the rest
        }
        // one line per blocked sequence (a household in a projection): the first letter is the cause, the rest queue
        List<String> deadLetters = new ArrayList<>(jdbc.sql("""
                        SELECT d.processinggroup || ' ' || d.aggregateidentifier || ': ' || n.aantal
                               || ' event(s) geblokkeerd vanaf ' || d.payloadtype || ', ' || coalesce(d.causetype, '')
                               || ': ' || left(regexp_replace(coalesce(d.causemessage, ''), '\\s+', ' ', 'g'), 300)
                        FROM deadletterentry d
                        JOIN (SELECT processinggroup, sequenceidentifier, count(*) AS aantal,
                                     min(sequenceindex) AS eerste
                              FROM deadletterentry GROUP BY processinggroup, sequenceidentifier) n
                          ON n.processinggroup = d.processinggroup AND n.sequenceidentifier = d.sequenceidentifier
                         AND n.eerste = d.sequenceindex
                        ORDER BY 1""")
                .query(String.class).list());
        long deadLetterCount = jdbc.sql("SELECT count(*) FROM deadletterentry").query(Long.class).single();
        // a dead letter the generated beheerder requests skipped was a dead letter all the same
        for (String naam : fixtures.get(0).projecties()) {
            ApiClient.Answer overslagen = bea.get("/api/beheer/projecties/" + naam + "/overslagen");
            if (overslagen.status() == 200) {
                overslagen.body().forEach(overslag -> deadLetters.add(naam + " (overgeslagen door een gegenereerd "
                        + "verzoek): " + abbreviate(overslag.toString(), 400)));
            }
        }
        String samenvatting = """
                Vijandige invoer (seed %d, herhaal met -Dfuzz.seed=%d -Dfuzz.requests=%d): %d verzoeken in %d s, \
                %d operaties; 2xx %d, 3xx %d, 4xx %d, 5xx %d, verbinding gesloten %d; \
                events geschreven door geweigerde verzoeken %d; dead letters %d (in %d geblokkeerde reeksen); \
                projecties met achterstand %d""".formatted(seed, seed, aantal, verstuurd, duur.toSeconds(),
                operaties.size(), perKlasse[2], perKlasse[3], perKlasse[4], perKlasse[5], gesloten,
                geweigerdeSchrijvingen, deadLetterCount, deadLetters.size(), achterstand.size());
        StringBuilder rapport = new StringBuilder(samenvatting);
        overtredingen.forEach((soort, wat) -> rapport.append("\n  ").append(soort).append(": ").append(wat));
        deadLetters.forEach(regel -> rapport.append("\n  dead letter in ").append(regel));
        achterstand.forEach(regel -> rapport.append("\n  achterstand: ").append(regel));
        System.out.println(rapport);
        try {
            // kept for a CI artefact: the console output of a long run is easily cut off
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "vijandige-invoer.txt"), rapport);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        assertThat(overtredingen).as(rapport.toString()).isEmpty();
        assertThat(deadLetters).as(rapport.toString()).isEmpty();
        assertThat(achterstand).as(rapport.toString()).isEmpty();
    }

    /** Found by the generator: a multipart body, malformed or not, is an unsupported type, not a server error. */
    @Test
    void aMultipartBodyIsAnUnsupportedMediaTypeAndWritesNothing() {
        ApiClient anna = new ApiClient(port, "anna");
        long voor = eventCount();
        String melding = "{\"huishoudenId\": \"hh-multipart\", \"kanaal\": \"EMAIL\", \"levensdomeinen\": [\"WERK\"]}";
        for (String contentType : List.of("multipart/form-data", "multipart/form-data; boundary=grens",
                "multipart/mixed")) {
            Antwoord antwoord = send(new Verzoek(null, "POST", "/api/meldingen", "anna", "anna",
                    Map.of("Content-Type", contentType, "Accept", "application/json"),
                    "--grens\r\nContent-Disposition: form-data; name=\"melding\"\r\n\r\n" + melding
                            + "\r\n--grens--\r\n", "multipart", List.of()));
            assertThat(antwoord.status()).as(contentType + ": " + antwoord.body()).isEqualTo(415);
            assertThat(antwoord.contentType()).isEqualTo("application/problem+json");
        }
        assertThat(eventCount()).isEqualTo(voor);
        assertThat(anna.get("/api/huishoudens/hh-multipart").status()).isEqualTo(404);
    }

    /**
     * What the generator reads is what a client can send: every write on a household documents the If-Match and
     * Idempotency-Key headers, and no operation shows the argument they are resolved into as a parameter.
     */
    @Test
    void theApiDescriptionDocumentsTheWriteHeadersAndNoInternalParameters() {
        JsonNode apiDocs = ApiClient.anonymous(port).get("/v3/api-docs").body();
        List<Operatie> schrijven = VijandigeVerzoeken.operaties(apiDocs).stream()
                .filter(operatie -> operatie.method().equals("POST")
                        && !operatie.template().startsWith("/api/beheer/projecties/")
                        // the match proposal is a read that takes what a worker typed as its body: it writes nothing
                        && !operatie.template().equals("/api/huishoudens/overeenkomsten")).toList();
        assertThat(schrijven).isNotEmpty().allSatisfy(operatie -> {
            List<String> parameters = new ArrayList<>();
            apiDocs.at("/paths").get(operatie.template()).get("post").path("parameters")
                    .forEach(parameter -> parameters.add(parameter.get("in").asText() + " "
                            + parameter.get("name").asText()));
            assertThat(parameters).as(operatie.toString())
                    .contains("header If-Match", "header Idempotency-Key")
                    .noneMatch(parameter -> parameter.startsWith("query write"));
        });
    }

    // ---------------------------------------------------------------------------------------------------------

    /** A household of team WMO with an open casus, triage, a plan, a running termijn and a doorbraak. */
    private Fixture household() {
        ApiClient anna = new ApiClient(port, "anna");
        String huishouden = "hh-vijandig-" + UUID.randomUUID();
        ApiClient.Answer melding = anna.post("/api/meldingen", Map.of("huishoudenId", huishouden,
                "kanaal", "TELEFOON", "levensdomeinen", List.of("WMO_ONDERSTEUNING"), "wijk", "Noord",
                "omschrijving", "Hulp bij het huishouden", "regime", "WMO_MELDING_ONDERZOEK",
                "leden", List.of(Map.of("naam", "Fenna de Vries", "geboortedatum", "1988-04-02"))));
        assertThat(melding.status()).as(melding.body().toString()).isEqualTo(201);
        String casus = melding.body().get("casusId").asText();
        String hulpvraag = melding.body().get("hulpvraagId").asText();
        String pad = "/api/huishoudens/" + huishouden + "/casussen/" + casus;
        expect(anna.post(pad + "/triage", Map.of("integraleHulpvraag", "Ondersteuning thuis",
                "levensdomeinen", List.of("WMO_ONDERSTEUNING"), "urgentie", "NORMAAL",
                "zwaarsteVraagstukHulpvraagId", hulpvraag,
                "regisseur", Map.of("gebruikersnaam", "anna", "team", "WMO"))), 200);
        expect(anna.post(pad + "/plan/versies", Map.of(
                "doelen", List.of(Map.of("levensdomein", "WMO_ONDERSTEUNING", "omschrijving", "Zelfstandig thuis")),
                "acties", List.of(
                        Map.of("actieId", "actie-1", "omschrijving", "Huishoudelijke hulp regelen",
                                "eigenaar", "anna", "deadline", "2027-01-31"),
                        Map.of("actieId", "actie-2", "omschrijving", "Keukentafelgesprek",
                                "eigenaar", "anna", "deadline", "2027-02-28")))), 200);
        String termijn = expect(anna.post(pad + "/termijnen", Map.of("hulpvraagId", hulpvraag,
                "regime", "WMO_AANVRAAG_BESCHIKKING")), 201).get("id").asText();
        expect(anna.post(pad + "/escalaties", Map.of("reden", "KETEN_STAGNEERT", "toelichting", "Stil")), 201);
        ApiClient petra = new ApiClient(port, "petra");
        ApiClient dirk = new ApiClient(port, "dirk");
        expect(petra.post(pad + "/escalatie/oppakken", Map.of()), 200);
        expect(petra.post(pad + "/escalatie/doorbraakteam", Map.of("reden", "KETEN_STAGNEERT",
                "toelichting", "Regels staan een oplossing in de weg")), 200);
        expect(dirk.post(pad + "/escalatie/oppakken", Map.of()), 200);
        Map<String, Object> ja = Map.of("ja", true, "motivering", "Onderbouwd");
        String doorbraak = expect(dirk.post(pad + "/doorbraken", Map.of("legitimiteit", ja, "betrokkenheid", ja,
                "rendement", ja, "oplossing", "Huishoudelijke hulp per direct")), 201).get("id").asText();
        JsonNode overzicht = await().atMost(Duration.ofSeconds(20))
                .until(() -> anna.get("/api/huishoudens/" + huishouden),
                        answer -> answer.status() == 200 && answer.body().at("/leden/0/persoonId").isTextual())
                .body();
        List<String> projecties = new ArrayList<>();
        new ApiClient(port, "bea").get("/api/beheer/projecties").body()
                .forEach(stand -> projecties.add(stand.get("naam").asText()));
        return new Fixture(huishouden, casus, hulpvraag, termijn, "actie-1", doorbraak,
                overzicht.at("/leden/0/persoonId").asText(), projecties);
    }

    private static JsonNode expect(ApiClient.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
        return answer.body();
    }

    private long eventCount() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }

    private List<String> lastEventTypes(long count) {
        return jdbc.sql("SELECT payloadtype FROM domainevententry ORDER BY globalindex DESC LIMIT :n")
                .param("n", Math.max(1, Math.min(count, 5))).query(String.class).list().stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    /** Sends one request; null when the HTTP client itself refuses to send it (an illegal header value). */
    private Antwoord send(Verzoek verzoek) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + verzoek.path()))
                    .timeout(Duration.ofSeconds(30))
                    .method(verzoek.method(), verzoek.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(verzoek.body(), StandardCharsets.UTF_8));
            verzoek.headers().forEach(request::header);
            if (verzoek.user() != null) {
                request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (verzoek.user() + ":" + verzoek.password()).getBytes(StandardCharsets.UTF_8)));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        try {
            HttpResponse<InputStream> response = CLIENT.send(request.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            String body;
            try (InputStream in = response.body()) {
                // a server-sent event stream stays open: its status and type are all this test needs
                body = contentType.startsWith("text/event-stream") ? ""
                        : new String(in.readNBytes(2 << 20), StandardCharsets.UTF_8);
            }
            return new Antwoord(response.statusCode(), contentType, body);
        } catch (IOException e) {
            // the server closing the connection on a request it will not read is an answer too, not a crash
            return new Antwoord(GESLOTEN, "", "verbinding gesloten: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What of the hostile input a problem detail repeats, or null when it repeats none of it. */
    private static String echo(Antwoord antwoord, Verzoek verzoek) {
        if (!antwoord.contentType().contains("json") || antwoord.status() < 400) {
            return null;
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(antwoord.body());
        } catch (IOException e) {
            return null;
        }
        List<String> teksten = new ArrayList<>();
        teksten.add(problem.path("detail").asText(""));
        teksten.add(problem.path("title").asText(""));
        problem.path("fouten").forEach(fout -> teksten.add(fout.path("melding").asText("")));
        for (String tekst : teksten) {
            if (tekst.length() > 1000) {
                return "detail van " + tekst.length() + " tekens";
            }
            for (String merkteken : verzoek.merktekens()) {
                String kort = merkteken.length() > 40 ? merkteken.substring(0, 40) : merkteken;
                if (tekst.contains(kort) || tekst.contains(java.net.URLDecoder.decode(kort, StandardCharsets.UTF_8))) {
                    return "'" + abbreviate(kort, 30) + "'";
                }
            }
            for (String merkteken : VijandigeVerzoeken.MERKTEKENS) {
                if (tekst.contains(merkteken)) {
                    return "'" + abbreviate(merkteken, 30) + "'";
                }
            }
        }
        return null;
    }

    private static String describe(Verzoek verzoek, Antwoord antwoord, String fout) {
        return "%s %s als %s, headers %s, body %s -> %d %s: %s".formatted(verzoek.method(),
                abbreviate(verzoek.path(), 200), verzoek.user(), abbreviate(verzoek.headers().toString(), 200),
                verzoek.body() == null ? "-" : abbreviate(verzoek.body(), 300), antwoord.status(),
                abbreviate(antwoord.body(), 300), fout);
    }

    private static String abbreviate(String text, int max) {
        String visible = text.chars().mapToObj(c -> c < 0x20 || c == 0x7f || (c >= 0xd800 && c < 0xe000)
                ? "\\u%04x".formatted(c) : String.valueOf((char) c)).collect(Collectors.joining());
        return visible.length() <= max ? visible : visible.substring(0, max) + "…(" + text.length() + " tekens)";
    }
}
