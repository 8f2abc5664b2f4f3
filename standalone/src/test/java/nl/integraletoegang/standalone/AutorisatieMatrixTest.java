package nl.integraletoegang.standalone;

import static nl.integraletoegang.api.medewerker.Rol.AUDITOR;
import static nl.integraletoegang.api.medewerker.Rol.BEHEERDER;
import static nl.integraletoegang.api.medewerker.Rol.DOORBRAAKTEAM;
import static nl.integraletoegang.api.medewerker.Rol.MANAGER;
import static nl.integraletoegang.api.medewerker.Rol.PROCESREGISSEUR;
import static nl.integraletoegang.api.medewerker.Rol.TOEGANGSMEDEWERKER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.integraletoegang.api.medewerker.Rol;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every endpoint against every role: 401 without credentials, 403 for a role the endpoint is not for, through for a
 * role it is for (what comes after, a 200, a 400 for the empty body or a 404 for an unknown id, is the endpoint's
 * own business). The matrix is checked against the OpenAPI document, so an endpoint added without a rule here fails
 * the build. Writes go to ids that do not exist, so nothing is changed by the matrix itself; reads go to a real
 * household that the allowed users work on. Need to know within a role (team, escalation level) is tested below it.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AutorisatieMatrixTest {

    private static final Map<Rol, String> DEMO_USER = Map.of(TOEGANGSMEDEWERKER, "anna", PROCESREGISSEUR, "petra",
            DOORBRAAKTEAM, "dirk", MANAGER, "maria", AUDITOR, "aart", BEHEERDER, "bea");
    private static final String CASUS = "/api/huishoudens/{huishoudenId}/casussen/{casusId}";

    record Endpoint(String method, String template, Set<Rol> rollen) {
        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    private static Endpoint post(String template, Rol... rollen) {
        return new Endpoint("POST", template, Set.of(rollen));
    }

    private static Endpoint get(String template, Rol... rollen) {
        return new Endpoint("GET", template, Set.of(rollen));
    }

    /** Who may call what: the table of the README's Security section. */
    static final List<Endpoint> MATRIX = List.of(
            post("/api/meldingen", TOEGANGSMEDEWERKER),
            post(CASUS + "/routering", TOEGANGSMEDEWERKER),
            post(CASUS + "/triage", TOEGANGSMEDEWERKER),
            post(CASUS + "/regisseur", TOEGANGSMEDEWERKER),
            post(CASUS + "/sluiting", TOEGANGSMEDEWERKER),
            post(CASUS + "/heropening", TOEGANGSMEDEWERKER),
            post(CASUS + "/plan/versies", TOEGANGSMEDEWERKER),
            post(CASUS + "/plan/acties/{actieId}/afronding", TOEGANGSMEDEWERKER),
            post(CASUS + "/plan/acties/{actieId}/annulering", TOEGANGSMEDEWERKER),
            post(CASUS + "/termijnen", TOEGANGSMEDEWERKER),
            post(CASUS + "/termijnen/{termijnId}/opschorting", TOEGANGSMEDEWERKER),
            post(CASUS + "/termijnen/{termijnId}/hervatting", TOEGANGSMEDEWERKER),
            post(CASUS + "/termijnen/{termijnId}/afronding", TOEGANGSMEDEWERKER),
            post(CASUS + "/escalaties", TOEGANGSMEDEWERKER),
            post(CASUS + "/escalatie/oppakken", PROCESREGISSEUR, DOORBRAAKTEAM),
            post(CASUS + "/escalatie/besluiten", PROCESREGISSEUR, DOORBRAAKTEAM),
            post(CASUS + "/escalatie/teruggave", PROCESREGISSEUR, DOORBRAAKTEAM),
            post(CASUS + "/escalatie/doorbraakteam", PROCESREGISSEUR),
            post(CASUS + "/escalatie/ave", DOORBRAAKTEAM),
            post(CASUS + "/doorbraken", DOORBRAAKTEAM),
            post(CASUS + "/doorbraken/{doorbraakId}/maatwerkbudget", DOORBRAAKTEAM),
            post(CASUS + "/doorbraken/{doorbraakId}/maatwerkbudget/goedkeuring", DOORBRAAKTEAM),
            post(CASUS + "/doorbraken/{doorbraakId}/maatwerkbudget/afwijzing", DOORBRAAKTEAM),
            post("/api/huishoudens/{huishoudenId}/verhuizing", TOEGANGSMEDEWERKER),
            post("/api/huishoudens/{huishoudenId}/leden", TOEGANGSMEDEWERKER),
            post("/api/huishoudens/{huishoudenId}/leden/{persoonId}/vertrek", TOEGANGSMEDEWERKER),
            get("/api/huishoudens/zoeken", TOEGANGSMEDEWERKER),
            post("/api/huishoudens/overeenkomsten", TOEGANGSMEDEWERKER),
            post("/api/huishoudens/{huishoudenId}/samenvoegingen", TOEGANGSMEDEWERKER),
            get("/api/huishoudens/{huishoudenId}", TOEGANGSMEDEWERKER, PROCESREGISSEUR, DOORBRAAKTEAM),
            get("/api/huishoudens/{huishoudenId}/dossier", TOEGANGSMEDEWERKER, AUDITOR),
            get("/api/huishoudens/{huishoudenId}/samenvoegingen", TOEGANGSMEDEWERKER, PROCESREGISSEUR, DOORBRAAKTEAM),
            get("/api/casussen/{casusId}/historie", TOEGANGSMEDEWERKER, PROCESREGISSEUR, DOORBRAAKTEAM, AUDITOR),
            get("/api/werkvoorraad/teams/{team}/te-triageren", TOEGANGSMEDEWERKER),
            get("/api/werkvoorraad/teams/{team}/termijnen", TOEGANGSMEDEWERKER),
            get("/api/werkvoorraad/teams/{team}/stream", TOEGANGSMEDEWERKER),
            get("/api/werkvoorraad/medewerkers/{gebruikersnaam}/casussen", TOEGANGSMEDEWERKER),
            get("/api/werkvoorraad/mijn/casussen", TOEGANGSMEDEWERKER),
            get("/api/brp/personen/{bsn}", TOEGANGSMEDEWERKER),
            get("/api/brp/bewoners", TOEGANGSMEDEWERKER),
            get("/api/escalaties", PROCESREGISSEUR, DOORBRAAKTEAM),
            get("/api/figuren", MANAGER, AUDITOR),
            get("/api/figuren.csv", MANAGER, AUDITOR),
            get("/api/inzage-log", AUDITOR),
            get("/api/beheer/projecties", BEHEERDER),
            get("/api/beheer/projecties/{naam}", BEHEERDER),
            post("/api/beheer/projecties/{naam}/herbouw", BEHEERDER),
            get("/api/beheer/projecties/{naam}/dead-letters", BEHEERDER),
            post("/api/beheer/projecties/{naam}/dead-letters/verwerking", BEHEERDER),
            get("/api/beheer/projecties/{naam}/geblokkeerde-huishoudens", BEHEERDER),
            post("/api/beheer/projecties/{naam}/geblokkeerde-huishoudens/{huishoudenId}/verwerking", BEHEERDER),
            post("/api/beheer/projecties/{naam}/geblokkeerde-huishoudens/{huishoudenId}/overslag", BEHEERDER),
            get("/api/beheer/projecties/{naam}/overslagen", BEHEERDER),
            post("/api/beheer/huishoudens/{huishoudenId}/persoonsgegevens/{subjectId}/wissing", BEHEERDER),
            get("/actuator/prometheus", BEHEERDER),
            get("/actuator/metrics", BEHEERDER));

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "autorisatie");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private String huishouden;
    private String casus;

    /** A household of team WMO (anna is its regisseur), escalated to the procesregisseur. */
    @BeforeAll
    void household() {
        ApiClient anna = new ApiClient(port, "anna");
        huishouden = "hh-matrix-" + UUID.randomUUID();
        ApiClient.Answer melding = anna.post("/api/meldingen", Map.of("huishoudenId", huishouden,
                "kanaal", "TELEFOON", "levensdomeinen", List.of("WMO_ONDERSTEUNING"),
                "leden", List.of(Map.of("naam", "Fenna de Vries", "geboortedatum", "1988-04-02"))));
        assertThat(melding.status()).as(melding.body().toString()).isEqualTo(201);
        casus = melding.body().get("casusId").asText();
        String pad = "/api/huishoudens/" + huishouden + "/casussen/" + casus;
        assertThat(anna.post(pad + "/triage", Map.of("integraleHulpvraag", "Ondersteuning thuis",
                "levensdomeinen", List.of("WMO_ONDERSTEUNING"), "urgentie", "NORMAAL",
                "zwaarsteVraagstukHulpvraagId", melding.body().get("hulpvraagId").asText(),
                "regisseur", Map.of("gebruikersnaam", "anna", "team", "WMO"))).status()).isEqualTo(200);
        assertThat(anna.post(pad + "/escalaties", Map.of("reden", "KETEN_STAGNEERT", "toelichting", "Stil"))
                .status()).isEqualTo(201);
        ApiClient petra = new ApiClient(port, "petra");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> petra.get("/api/huishoudens/" + huishouden).status() == 200
                        && new ApiClient(port, "aart").get("/api/casussen/" + casus + "/historie").status() == 200);
    }

    /** The real household for reads; ids that do not exist for writes, so that no write changes anything. */
    private String path(Endpoint endpoint) {
        boolean lezen = endpoint.method().equals("GET");
        return endpoint.template()
                .replace("{huishoudenId}", lezen ? huishouden : "hh-bestaat-niet")
                .replace("{casusId}", lezen ? casus : "casus-bestaat-niet")
                .replace("{team}", "WMO")
                .replace("{gebruikersnaam}", "anna")
                .replace("{naam}", lezen ? "huishoudenoverzicht" : "bestaat-niet")
                .replaceAll("\\{[a-zA-Z]+}", "bestaat-niet");
    }

    Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : MATRIX) {
            for (Rol rol : Rol.values()) {
                cases.add(Arguments.of(endpoint, rol));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void everyEndpointIsOnlyForItsRoles(Endpoint endpoint, Rol rol) {
        int status = HttpProbe.status(port, endpoint.method(), path(endpoint), HttpProbe.basic(DEMO_USER.get(rol)));
        if (endpoint.rollen().contains(rol)) {
            assertThat(status).as("%s as %s", endpoint, rol).isNotIn(401, 403).isLessThan(500);
        } else {
            assertThat(status).as("%s as %s", endpoint, rol).isEqualTo(403);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void everyEndpointNeedsAUser(Endpoint endpoint) {
        assertThat(HttpProbe.status(port, endpoint.method(), path(endpoint), null)).isEqualTo(401);
        assertThat(HttpProbe.status(port, endpoint.method(), path(endpoint), HttpProbe.basic("nobody")))
                .isEqualTo(401);
    }

    Stream<Endpoint> endpoints() {
        return MATRIX.stream();
    }

    Stream<Endpoint> apiEndpoints() {
        return MATRIX.stream().filter(endpoint -> endpoint.template().startsWith("/api/"));
    }

    /** An API client is never sent to the login page, also when it says it would take HTML. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("apiEndpoints")
    void withoutCredentialsTheApiAnswers401WhateverTheClientAccepts(Endpoint endpoint) {
        for (String accept : List.of("text/html", "text/html,application/xhtml+xml,*/*;q=0.8", "application/xml",
                "*/*", "garbage")) {
            HttpResponse<Void> answer = HttpProbe.exchange(port, endpoint.method(), path(endpoint),
                    Map.of("Accept", accept));
            assertThat(answer.statusCode()).as("%s with Accept %s", endpoint, accept).isEqualTo(401);
            assertThat(answer.headers().firstValue("Location")).isEmpty();
            assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge ->
                    assertThat(challenge).startsWith("Basic"));
        }
    }

    /**
     * OPTIONS: a user of any role learns which methods an address takes (the role rules still decide the call
     * itself); without credentials it is 401 like every other request. A CORS preflight carries no credentials and
     * is refused while no origin is configured, so a page on another site cannot call the API.
     */
    @ParameterizedTest(name = "OPTIONS {0}")
    @MethodSource("apiEndpoints")
    void optionsIsAnsweredToUsersAndPreflightsAreRefusedWhileCorsIsOff(Endpoint endpoint) {
        assertThat(HttpProbe.exchange(port, "OPTIONS", path(endpoint), Map.of()).statusCode()).isEqualTo(401);
        for (Rol rol : Rol.values()) {
            HttpResponse<Void> options = HttpProbe.exchange(port, "OPTIONS", path(endpoint),
                    Map.of("Authorization", HttpProbe.basic(DEMO_USER.get(rol))));
            assertThat(options.statusCode()).as("%s as %s", endpoint, rol).isEqualTo(200);
            assertThat(options.headers().firstValue("Allow")).hasValueSatisfying(allow ->
                    assertThat(allow).contains(endpoint.method()));
        }
        HttpResponse<Void> preflight = HttpProbe.exchange(port, "OPTIONS", path(endpoint), Map.of(
                "Origin", "https://elders.example", "Access-Control-Request-Method", endpoint.method(),
                "Access-Control-Request-Headers", "authorization"));
        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        HttpResponse<Void> crossOrigin = HttpProbe.exchange(port, endpoint.method(), path(endpoint), Map.of(
                "Origin", "https://elders.example", "Authorization", HttpProbe.basic(DEMO_USER.get(
                        endpoint.rollen().iterator().next()))));
        assertThat(crossOrigin.statusCode()).isEqualTo(403);
        assertThat(crossOrigin.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void theMatrixCoversEveryEndpointOfTheApiDescription() {
        JsonNode paths = ApiClient.anonymous(port).get("/v3/api-docs").body().get("paths");
        Set<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fieldNames().forEachRemaining(method -> documented.add(method.toUpperCase() + " "
                    + path.getKey()));
        }
        Set<String> covered = new TreeSet<>();
        MATRIX.stream().filter(endpoint -> endpoint.template().startsWith("/api/"))
                .forEach(endpoint -> covered.add(endpoint.toString()));
        assertThat(covered).isEqualTo(documented);
    }

    @Test
    void whatNoRuleNamesIsRefusedAndHealthIsOpen() {
        for (Rol rol : EnumSet.allOf(Rol.class)) {
            String user = HttpProbe.basic(DEMO_USER.get(rol));
            assertThat(HttpProbe.status(port, "GET", "/api/onbekend", user)).isEqualTo(403);
            assertThat(HttpProbe.status(port, "DELETE", "/api/huishoudens/" + huishouden, user)).isEqualTo(403);
            assertThat(HttpProbe.status(port, "PUT", "/api/meldingen", user)).isEqualTo(403);
        }
        assertThat(HttpProbe.status(port, "GET", "/actuator/health", null)).isEqualTo(200);
    }

    @Test
    void aWorkerOfAnotherTeamCannotTellTheHouseholdExists() {
        ApiClient bram = new ApiClient(port, "bram");
        ApiClient.Answer overzicht = bram.get("/api/huishoudens/" + huishouden);
        assertThat(overzicht.status()).isEqualTo(404);
        assertThat(overzicht.body().get("detail").asText())
                .isEqualTo(bram.get("/api/huishoudens/hh-bestaat-niet").body().get("detail").asText()
                        .replace("hh-bestaat-niet", huishouden));
        assertThat(bram.get("/api/casussen/" + casus + "/historie").status()).isEqualTo(404);
        assertThat(bram.get("/api/huishoudens/" + huishouden + "/dossier").status()).isEqualTo(404);
        assertThat(bram.get("/api/werkvoorraad/teams/WMO/te-triageren").status()).isEqualTo(403);
        assertThat(bram.get("/api/werkvoorraad/medewerkers/anna/casussen").body().get("items")).isEmpty();
    }

    @Test
    void theDemoUsersLogInToTheUiWithTheLoginFormAndKeepTheirRole() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port;
        String page = browser.send(HttpRequest.newBuilder(URI.create(base + "/inloggen")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\".*?value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as(page).isTrue();
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base + "/inloggen"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=maria&password=maria&_csrf=" + csrf.group(1)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        HttpRequest.Builder figuren = HttpRequest.newBuilder(URI.create(base + "/api/figuren"))
                .header("Accept", "application/json");
        assertThat(browser.send(figuren.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(browser.send(HttpRequest.newBuilder(URI.create(base + "/api/huishoudens/" + huishouden))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(403);
    }

    @Test
    void aWorkerOfAnotherTeamCannotWriteToTheCasus() {
        long events = jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = :id")
                .param("id", huishouden).query(Long.class).single();
        String pad = "/api/huishoudens/" + huishouden + "/casussen/" + casus;
        ApiClient.Answer plan = new ApiClient(port, "bram").post(pad + "/plan/versies", Map.of(
                "doelen", List.of(Map.of("levensdomein", "SCHULDEN", "omschrijving", "Overnemen")),
                "acties", List.of(Map.of("actieId", "a-1", "omschrijving", "Bellen", "eigenaar", "bram",
                        "deadline", "2026-12-01"))));
        assertThat(plan.status()).isEqualTo(403);
        assertThat(plan.body().get("regel").asText()).isEqualTo("casus-van-ander-team");
        assertThat(plan.body().get("detail").asText()).contains("Je werkt niet aan deze casus");
        assertThat(jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = :id")
                .param("id", huishouden).query(Long.class).single()).isEqualTo(events);
    }

    @Test
    void theTeamAndTheEscalationLevelSeeTheHouseholdAndTheNextLevelDoesNotYet() {
        assertThat(new ApiClient(port, "anna").get("/api/huishoudens/" + huishouden).status()).isEqualTo(200);
        assertThat(new ApiClient(port, "anna").get("/api/casussen/" + casus + "/historie").status()).isEqualTo(200);
        assertThat(new ApiClient(port, "petra").get("/api/huishoudens/" + huishouden).status()).isEqualTo(200);
        assertThat(new ApiClient(port, "petra").get("/api/casussen/" + casus + "/historie").status())
                .isEqualTo(200);
        // the doorbraakteam sees it once it is escalated to them, not before
        assertThat(new ApiClient(port, "dirk").get("/api/huishoudens/" + huishouden).status()).isEqualTo(404);
        // the auditor reads histories and exports dossiers, but has no work on the household's overview
        assertThat(new ApiClient(port, "aart").get("/api/casussen/" + casus + "/historie").status()).isEqualTo(200);
        assertThat(new ApiClient(port, "aart").get("/api/huishoudens/" + huishouden).status()).isEqualTo(403);
    }
}
