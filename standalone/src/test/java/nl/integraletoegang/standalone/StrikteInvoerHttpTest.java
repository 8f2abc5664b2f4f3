package nl.integraletoegang.standalone;

import static nl.integraletoegang.api.medewerker.Rol.AUDITOR;
import static nl.integraletoegang.api.medewerker.Rol.BEHEERDER;
import static nl.integraletoegang.api.medewerker.Rol.DOORBRAAKTEAM;
import static nl.integraletoegang.api.medewerker.Rol.MANAGER;
import static nl.integraletoegang.api.medewerker.Rol.PROCESREGISSEUR;
import static nl.integraletoegang.api.medewerker.Rol.TOEGANGSMEDEWERKER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import nl.integraletoegang.api.casus.CasusOpened;
import nl.integraletoegang.api.medewerker.Rol;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Input is strict at the edge, over HTTP against the real application: every write endpoint of the API description
 * refuses trailing content, duplicate and unknown fields and guessed types with a 400 that names the field but never
 * repeats what was sent; a write whose answer the client cannot accept is refused before anything is stored; and no
 * refusal is a 500 or writes an event.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StrikteInvoerHttpTest {

    private static final Map<Rol, String> DEMO_USER = Map.of(TOEGANGSMEDEWERKER, "anna", PROCESREGISSEUR, "petra",
            DOORBRAAKTEAM, "dirk", MANAGER, "maria", AUDITOR, "aart", BEHEERDER, "bea");
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "strikte-invoer");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper objectMapper;

    @Autowired
    MappingJackson2HttpMessageConverter httpConverter;

    @Autowired
    Serializer serializer;

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    private String huishouden;
    private String casus;
    private String hulpvraag;
    private JsonNode apiDocs;

    record Antwoord(int status, String body, java.net.http.HttpHeaders headers) {
    }

    /** A write endpoint of the API description, the user whose role may call it, and the fields its body takes. */
    record Schrijfactie(String template, String user, List<String> velden) {
        @Override
        public String toString() {
            return "POST " + template;
        }
    }

    @BeforeAll
    void household() {
        ApiClient anna = new ApiClient(port, "anna");
        huishouden = "hh-strikt-" + UUID.randomUUID();
        ApiClient.Answer melding = anna.post("/api/meldingen", Map.of("huishoudenId", huishouden,
                "kanaal", "TELEFOON", "levensdomeinen", List.of("WONEN")));
        assertThat(melding.status()).as(melding.body().toString()).isEqualTo(201);
        casus = melding.body().get("casusId").asText();
        hulpvraag = melding.body().get("hulpvraagId").asText();
        apiDocs = ApiClient.anonymous(port).get("/v3/api-docs").body();
    }

    /** Every POST with a JSON body in the API description, with the fields of its request schema. */
    Stream<Schrijfactie> schrijfacties() {
        List<Schrijfactie> acties = new ArrayList<>();
        apiDocs.get("paths").fields().forEachRemaining(path -> {
            JsonNode post = path.getValue().get("post");
            if (post == null || post.get("requestBody") == null) {
                return;
            }
            String ref = post.at("/requestBody/content/application~1json/schema/$ref").asText();
            JsonNode schema = apiDocs.at("/components/schemas/" + ref.substring(ref.lastIndexOf('/') + 1));
            List<String> velden = new ArrayList<>();
            schema.get("properties").fieldNames().forEachRemaining(velden::add);
            Rol rol = AutorisatieMatrixTest.MATRIX.stream()
                    .filter(endpoint -> endpoint.method().equals("POST") && endpoint.template().equals(path.getKey()))
                    .findFirst().orElseThrow().rollen().iterator().next();
            acties.add(new Schrijfactie(path.getKey(), DEMO_USER.get(rol), velden));
        });
        assertThat(acties).hasSizeGreaterThanOrEqualTo(19);
        return acties.stream();
    }

    /** The write goes to the real household, so that a body that got through would change it. */
    private String pad(Schrijfactie actie) {
        return actie.template().replace("{huishoudenId}", huishouden).replace("{casusId}", casus)
                .replaceAll("\\{[a-zA-Z]+}", "bestaat-niet");
    }

    Stream<Arguments> kapotteBodies() {
        List<Arguments> cases = new ArrayList<>();
        for (Schrijfactie actie : schrijfacties().toList()) {
            String veld = actie.velden().get(0);
            cases.add(Arguments.of(actie, "{\"" + veld + "\":null}}", "geen geldige JSON"));
            cases.add(Arguments.of(actie, "{\"" + veld + "\":null} en nog wat", "geen geldige JSON"));
            cases.add(Arguments.of(actie, "{\"" + veld + "\":null} {}", "Na het JSON-object volgt nog meer invoer"));
            cases.add(Arguments.of(actie, "{\"" + veld + "\":null,\"" + veld + "\":null}",
                    "Het veld '" + veld + "' komt meer dan één keer voor"));
            cases.add(Arguments.of(actie, "{\"actor\":\"dirk\"}", "Onbekend veld 'actor'"));
            cases.add(Arguments.of(actie, "{\"" + SCRIPT + "\":1}", "Onbekend veld."));
            cases.add(Arguments.of(actie, "[]", "De invoer moet één JSON-object zijn"));
            cases.add(Arguments.of(actie, "", "Stuur een JSON-object"));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("kapotteBodies")
    void everyWriteRefusesWhatIsNotExactlyOneJsonObjectOfItsFields(Schrijfactie actie, String body, String detail) {
        long events = eventCount();
        Antwoord antwoord = post(actie.user(), pad(actie), body, Map.of());
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(400);
        assertThat(antwoord.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(antwoord.body()).contains(detail).doesNotContain("<script", "dirk");
        assertThat(eventCount()).isEqualTo(events);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schrijfacties")
    void everyWriteRefusesAWildcardContentTypeAndAnAnswerTypeItCannotSend(Schrijfactie actie) {
        long events = eventCount();
        assertThat(post(actie.user(), pad(actie), "{}", Map.of("Content-Type", "*/*")).status()).isEqualTo(415);
        for (String accept : List.of("application/xml", "text/html", "text/csv", "garbage")) {
            assertThat(post(actie.user(), pad(actie), "{}", Map.of("Accept", accept)).status()).as(accept)
                    .isEqualTo(406);
        }
        assertThat(post(actie.user(), pad(actie), "a%00b=1", Map.of("Content-Type",
                "application/x-www-form-urlencoded")).status()).isIn(400, 415);
        assertThat(eventCount()).isEqualTo(events);
    }

    @ParameterizedTest(name = "Accept: {0}")
    @ValueSource(strings = {"application/xml", "text/html", "text/csv", "garbage", "application/problem+json"})
    void aWriteWhoseAnswerCannotBeSentWritesNothing(String accept) {
        long events = eventCount();
        Antwoord melding = post("anna", "/api/meldingen", """
                {"huishoudenId": "%s", "kanaal": "TELEFOON", "levensdomeinen": ["WONEN"]}""".formatted(huishouden),
                Map.of("Accept", accept));
        assertThat(melding.status()).isEqualTo(406);
        Antwoord escalatie = post("anna", "/api/huishoudens/" + huishouden + "/casussen/" + casus + "/escalaties",
                "{\"reden\": \"KETEN_STAGNEERT\", \"toelichting\": \"Stil\"}", Map.of("Accept", accept));
        assertThat(escalatie.status()).isEqualTo(406);
        assertThat(eventCount()).isEqualTo(events);
        // the same writes with an answer type the API sends do go through
        assertThat(post("anna", "/api/meldingen", """
                {"huishoudenId": "%s", "kanaal": "TELEFOON", "levensdomeinen": ["WONEN"]}""".formatted(
                "hh-" + UUID.randomUUID()), Map.of("Accept", "application/json, application/xml;q=0.5")).status())
                .isEqualTo(201);
    }

    Stream<Arguments> geradenTypen() {
        String casusPad = "/api/huishoudens/{h}/casussen/{c}";
        String doorbraak = "{\"legitimiteit\": {\"ja\": %s, \"motivering\": \"m\"}, \"betrokkenheid\": {\"ja\": true, "
                + "\"motivering\": \"m\"}, \"rendement\": {\"ja\": true, \"motivering\": \"m\"}, \"oplossing\": \"o\"}";
        String plan = "{\"doelen\": [{\"levensdomein\": \"WONEN\", \"omschrijving\": \"Wonen\"}], \"acties\": "
                + "[{\"actieId\": \"a-1\", \"omschrijving\": \"Bellen\", \"eigenaar\": \"anna\", \"deadline\": %s}]}";
        String melding = "{\"huishoudenId\": %s, \"kanaal\": %s, \"levensdomeinen\": %s, \"leden\": [{\"naam\": \"A\", "
                + "\"geboortedatum\": %s}]}";
        return Stream.of(
                Arguments.of("anna", "/api/meldingen", melding.formatted("\"h-1\"", "1", "[\"WONEN\"]", "\"1985-03-14\""),
                        "Het veld 'kanaal' verwacht een van: TELEFOON, EMAIL"),
                Arguments.of("anna", "/api/meldingen", melding.formatted("\"h-1\"", "\"1\"", "[\"WONEN\"]",
                        "\"1985-03-14\""), "Het veld 'kanaal' verwacht een van"),
                Arguments.of("anna", "/api/meldingen", melding.formatted("\"h-1\"", "\"EMAIL\"", "[3]", "\"1985-03-14\""),
                        "Het veld 'levensdomeinen[0]' verwacht een van: WMO_ONDERSTEUNING"),
                Arguments.of("anna", "/api/meldingen", melding.formatted("12", "\"EMAIL\"", "[\"WONEN\"]",
                        "\"1985-03-14\""), "Het veld 'huishoudenId' verwacht tekst"),
                Arguments.of("anna", "/api/meldingen", melding.formatted("\"h-1\"", "\"EMAIL\"", "[\"WONEN\"]",
                        "\"1985-03-14T00:00:00Z\""), "Het veld 'leden[0].geboortedatum' verwacht een datum in de vorm "
                        + "JJJJ-MM-DD"),
                Arguments.of("anna", "/api/meldingen", melding.formatted("\"h-1\"", "\"EMAIL\"", "[\"WONEN\"]",
                        "\"1985-03-14T00:00:00\""), "verwacht een datum in de vorm JJJJ-MM-DD"),
                Arguments.of("anna", "/api/meldingen", melding.formatted("\"h-1\"", "\"EMAIL\"", "[\"WONEN\"]",
                        "19850314"), "verwacht een datum in de vorm JJJJ-MM-DD"),
                Arguments.of("anna", "/api/meldingen", melding.formatted("\"h-1\"", "\"EMAIL\"", "[\"WONEN\"]",
                        "[1985, 3, 14]"), "verwacht een datum in de vorm JJJJ-MM-DD"),
                Arguments.of("anna", "/api/meldingen", melding.formatted("\"h-1\"", "\"EMAIL\"", "[\"WONEN\"]",
                        "\"+1985-03-14\""), "verwacht een datum in de vorm JJJJ-MM-DD"),
                Arguments.of("anna", "/api/meldingen", melding.formatted("\"h-1\"", "\"EMAIL\"", "\"WONEN\"",
                        "\"1985-03-14\""), "Het veld 'levensdomeinen' verwacht een lijst"),
                Arguments.of("anna", casusPad + "/plan/versies", plan.formatted("20270131"),
                        "Het veld 'acties[0].deadline' verwacht een datum in de vorm JJJJ-MM-DD"),
                Arguments.of("anna", casusPad + "/plan/versies", plan.formatted("\"2027-02-30\""),
                        "Het veld 'acties[0].deadline' verwacht een datum"),
                Arguments.of("dirk", casusPad + "/doorbraken", doorbraak.formatted("1"),
                        "Het veld 'legitimiteit.ja' verwacht true of false"),
                Arguments.of("dirk", casusPad + "/doorbraken", doorbraak.formatted("\"true\""),
                        "Het veld 'legitimiteit.ja' verwacht true of false"),
                Arguments.of("dirk", casusPad + "/doorbraken/d-1/maatwerkbudget",
                        "{\"bedrag\": \"1985 euro\", \"goedkeurder\": \"petra\"}", "Het veld 'bedrag' verwacht een getal"),
                Arguments.of("dirk", casusPad + "/doorbraken/d-1/maatwerkbudget",
                        "{\"bedrag\": true, \"goedkeurder\": \"petra\"}", "Het veld 'bedrag' verwacht een getal"),
                Arguments.of("anna", casusPad + "/escalaties", "{\"reden\": 0, \"toelichting\": \"x\"}",
                        "Het veld 'reden' verwacht een van"),
                Arguments.of("anna", casusPad + "/escalaties", "{\"reden\": \"KETEN_STAGNEERT\", \"toelichting\": true}",
                        "Het veld 'toelichting' verwacht tekst"));
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("geradenTypen")
    void aValueOfTheWrongTypeIsNeverGuessed(String user, String template, String body, String detail) {
        long events = eventCount();
        Antwoord antwoord = post(user, template.replace("{h}", huishouden).replace("{c}", casus), body, Map.of());
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(400);
        assertThat(antwoord.body()).contains(detail).doesNotContain("1985", "20270131", "100\"");
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void aRefusalDoesNotRepeatWhatTheClientSent() {
        String lang = "x".repeat(1_000_000);
        String casusPad = "/api/huishoudens/" + huishouden + "/casussen/" + casus;
        List<Antwoord> antwoorden = List.of(
                post("anna", "/api/meldingen", "{\"huishoudenId\": \"" + lang + "\", \"kanaal\": \"TELEFOON\", "
                        + "\"levensdomeinen\": [\"WONEN\"]}", Map.of()),
                post("anna", "/api/meldingen", "{\"huishoudenId\": \"h-1\", \"kanaal\": \"" + SCRIPT + "\", "
                        + "\"levensdomeinen\": [\"WONEN\"]}", Map.of()),
                post("anna", "/api/meldingen", "{\"huishoudenId\": \"h-1\", \"kanaal\": \"TELEFOON\", "
                        + "\"levensdomeinen\": [\"" + lang + "\"]}", Map.of()),
                post("anna", casusPad + "/termijnen", "{\"hulpvraagId\": \"" + hulpvraag + "\", \"regime\": \""
                        + SCRIPT + "\"}", Map.of()),
                post("anna", casusPad + "/termijnen", "{\"hulpvraagId\": \"" + SCRIPT + "\", \"regime\": "
                        + "\"WMO_MELDING_ONDERZOEK\"}", Map.of()),
                post("anna", casusPad + "/plan/versies", "{\"doelen\": [{\"levensdomein\": \"WONEN\", \"omschrijving\": "
                        + "\"d\"}], \"acties\": [{\"actieId\": \"" + SCRIPT + "\", \"omschrijving\": \"a\", \"eigenaar\": "
                        + "\"anna\", \"deadline\": \"2027-01-31\"}, {\"actieId\": \"" + SCRIPT + "\", \"omschrijving\": "
                        + "\"b\", \"eigenaar\": \"anna\", \"deadline\": \"2027-01-31\"}]}", Map.of()),
                post("anna", casusPad + "/plan/acties/" + enc(SCRIPT) + "/annulering", "{\"reden\": \"r\"}", Map.of()),
                post("anna", casusPad + "/termijnen/" + enc(SCRIPT) + "/afronding", "", Map.of()),
                post("anna", "/api/huishoudens/" + huishouden + "/casussen/" + enc(SCRIPT) + "/escalaties",
                        "{\"reden\": \"KETEN_STAGNEERT\", \"toelichting\": \"t\"}", Map.of()),
                post("anna", casusPad + "/escalaties", "{\"reden\": \"KETEN_STAGNEERT\", \"toelichting\": \"t\"}",
                        Map.of("Idempotency-Key", SCRIPT)),
                post("anna", casusPad + "/escalaties", "{\"reden\": \"KETEN_STAGNEERT\", \"toelichting\": \"t\"}",
                        Map.of("If-Match", SCRIPT)),
                post("anna", casusPad + "/escalaties", "{\"reden\": \"" + SCRIPT + "\", \"toelichting\": \"t\"}",
                        Map.of("X-Correlation-Id", SCRIPT)),
                post("dirk", casusPad + "/doorbraken/" + enc(SCRIPT) + "/maatwerkbudget",
                        "{\"bedrag\": 10, \"goedkeurder\": \"petra\"}", Map.of()),
                post("bea", "/api/beheer/projecties/" + enc(SCRIPT) + "/herbouw", "", Map.of()),
                get("anna", "/api/huishoudens/" + enc(SCRIPT)),
                get("aart", "/api/casussen/" + enc(SCRIPT) + "/historie"),
                get("aart", "/api/casussen/" + casus + "/historie?pagina=" + enc(SCRIPT)),
                get("aart", "/api/casussen/" + casus + "/historie?volgorde=" + enc(SCRIPT)),
                get("petra", "/api/escalaties?opgepakt=" + enc(SCRIPT)),
                get("anna", "/api/werkvoorraad/teams/WMO/te-triageren?page=" + enc(SCRIPT)),
                get("anna", "/api/werkvoorraad/teams/WMO/te-triageren?volgorde=" + enc(SCRIPT)),
                get("petra", "/api/escalaties?niveau=" + enc(SCRIPT)),
                get("maria", "/api/figuren?periode=" + enc(SCRIPT)),
                get("maria", "/api/figuren?van=" + enc(SCRIPT)),
                get("aart", "/api/inzage-log?tot=" + enc(SCRIPT)),
                get("bea", "/api/beheer/projecties/" + enc(SCRIPT)),
                get("bea", "/api/beheer/projecties/" + enc(SCRIPT) + "/dead-letters"));
        for (Antwoord antwoord : antwoorden) {
            assertThat(antwoord.status()).as(antwoord.body()).isBetween(400, 499);
            assertThat(antwoord.body()).doesNotContain("<script", "script>", "xxxxxxxxxxxxxxxxxxxx")
                    .hasSizeLessThan(2_000);
        }
    }

    Stream<Arguments> datumgrenzen() {
        List<Arguments> cases = new ArrayList<>();
        for (String pad : List.of("/api/figuren", "/api/figuren.csv", "/api/inzage-log")) {
            for (String datum : List.of("+999999999-12-31", "-999999999-01-01", "+10000-01-01", "0000-01-01",
                    "1899-12-31", "2026-02-30", "20270131")) {
                cases.add(Arguments.of(pad, "tot", datum));
                cases.add(Arguments.of(pad, "van", datum));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}?{1}={2}")
    @MethodSource("datumgrenzen")
    void anAbsurdDateBoundIsTheClientsMistake(String pad, String parameter, String datum) {
        Antwoord antwoord = get("aart", pad + "?" + parameter + "=" + enc(datum), "*/*");
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(400);
        assertThat(antwoord.body()).contains(parameter, "JJJJ-MM-DD").doesNotContain(datum);
    }

    @Test
    void ordinaryDateBoundsStillWork() {
        assertThat(get("aart", "/api/figuren?van=2026-01-01&tot=2026-03-31").status()).isEqualTo(200);
        assertThat(get("aart", "/api/figuren.csv?van=2026-01-01&tot=2026-12-31", "text/csv").status()).isEqualTo(200);
        assertThat(get("aart", "/api/inzage-log?van=1900-01-01&tot=9999-12-31").status()).isEqualTo(200);
    }

    /**
     * Strictness is for what clients send. The mapper Axon stores and reads events, metadata, tokens and snapshots
     * with stays lenient, so an event stored before a field was dropped from its class is still read.
     */
    @Test
    void storedEventsAreStillReadWithTheLenientMapperAndOnlyTheApiIsStrict() throws Exception {
        ObjectMapper api = httpConverter.getObjectMapper();
        assertThat(api).isNotSameAs(objectMapper);
        assertThat(api.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
        assertThat(objectMapper.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isFalse();
        assertThat(((JacksonSerializer) serializer).getObjectMapper()).isSameAs(objectMapper);

        CasusOpened event = new CasusOpened("hh-1", "c-1", "Centrum");
        SerializedObject<byte[]> stored = eventSerializer.serialize(event, byte[].class);
        ObjectNode json = (ObjectNode) objectMapper.readTree(stored.getData());
        json.put("veldVanVroeger", "bestaat niet meer");
        SerializedObject<byte[]> older = new SimpleSerializedObject<>(objectMapper.writeValueAsBytes(json),
                byte[].class, stored.getType());
        assertThat((Object) eventSerializer.deserialize(older)).isEqualTo(event);
    }

    private Antwoord post(String user, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", HttpProbe.basic(user))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (!headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        if (!headers.containsKey("Accept")) {
            request.header("Accept", "application/json");
        }
        headers.forEach(request::header);
        return send(request.build());
    }

    private Antwoord get(String user, String path) {
        return get(user, path, "application/json");
    }

    private Antwoord get(String user, String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", HttpProbe.basic(user))
                .header("Accept", accept).GET().build());
    }

    private static Antwoord send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Antwoord(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private long eventCount() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }
}
