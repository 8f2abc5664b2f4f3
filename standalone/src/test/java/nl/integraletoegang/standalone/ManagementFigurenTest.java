package nl.integraletoegang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * Management figures from casussen driven through the write API: four households in two wijken, with triage, plans,
 * escalation up to the doorbraakteam, a doorbraak, hand-backs, closures with outcomes, a termijn met on time, one
 * stopped by the closure and one expiring. Moments come from the real clock here, so durations are asserted by
 * their shape; the exact medians and percentiles are asserted in the projection test on known moments. Counts are
 * summed over periods, so a run across midnight at the end of a month still passes.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ManagementFigurenTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "figuren");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventProcessingConfiguration processing;

    private record Casus(String huishouden, String id, String hulpvraag, String termijn) {
        String pad() {
            return "/api/huishoudens/" + huishouden + "/casussen/" + id;
        }
    }

    private Casus melding(ApiClient medewerker, String wijk, List<String> levensdomeinen, String regime) {
        return melding(medewerker, "hh-" + UUID.randomUUID(), wijk, levensdomeinen, regime, List.of());
    }

    private Casus melding(ApiClient medewerker, String huishouden, String wijk, List<String> levensdomeinen,
                          String regime, List<String> dreigingen) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("huishoudenId", huishouden, "kanaal", "TELEFOON",
                "levensdomeinen", levensdomeinen, "wijk", wijk, "dreigingen", dreigingen,
                "omschrijving", "Vrije tekst die niet in de figuren hoort"));
        if (regime != null) {
            body.put("regime", regime);
        }
        ApiClient.Answer answer = medewerker.post("/api/meldingen", body);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        JsonNode termijn = answer.body().get("termijnId");
        return new Casus(huishouden, answer.body().get("casusId").asText(), answer.body().get("hulpvraagId").asText(),
                termijn == null ? null : termijn.asText());
    }

    private static void ok(ApiClient.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
    }

    private static void triage(ApiClient regisseur, Casus casus, String team, String levensdomein) {
        ok(regisseur.post(casus.pad() + "/triage", Map.of("integraleHulpvraag", "Integrale hulpvraag",
                "levensdomeinen", List.of(levensdomein), "urgentie", "NORMAAL",
                "zwaarsteVraagstukHulpvraagId", casus.hulpvraag(),
                "regisseur", Map.of("gebruikersnaam", regisseurNaam(team), "team", team))), 200);
    }

    private static String regisseurNaam(String team) {
        return team.equals("WMO") ? "anna" : "bram";
    }

    private static void plan(ApiClient regisseur, Casus casus, String levensdomein) {
        ok(regisseur.post(casus.pad() + "/plan/versies", Map.of(
                "doelen", List.of(Map.of("levensdomein", levensdomein, "omschrijving", "Doel")),
                "acties", List.of(Map.of("actieId", "actie-1", "omschrijving", "Actie", "eigenaar", "bram",
                        "deadline", "2030-12-15")))), 200);
    }

    private static Map<String, Object> pijler() {
        return Map.of("ja", true, "motivering", "Ja, gemotiveerd");
    }

    @Test
    void figuresOverSeveralHouseholdsCountEveryStepOfTheirCasussen() {
        ApiClient anna = new ApiClient(port, "anna");
        ApiClient bram = new ApiClient(port, "bram");
        ApiClient petra = new ApiClient(port, "petra");
        ApiClient dirk = new ApiClient(port, "dirk");
        ApiClient maria = new ApiClient(port, "maria");

        // Noord: a schulden request whose four-week clock runs out. The weeks pass in the database: its
        // scheduled expiry is moved to now, and db-scheduler fires it.
        Casus verlopen = melding(bram, "Noord", List.of("SCHULDEN"), "SCHULDHULP_VERZOEK_EERSTE_GESPREK");
        assertThat(jdbc.sql("UPDATE scheduled_tasks SET execution_time = now() "
                + "WHERE execution_time > now() + interval '7 days'").update()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.sql("""
                        SELECT count(*) FROM domainevententry WHERE aggregateidentifier = :id
                        AND payloadtype LIKE '%TermijnExpired'""")
                .param("id", verlopen.huishouden()).query(Long.class).single()).isEqualTo(1));

        // Noord: a Wmo melding that was triaged and is still open.
        Casus lopend = melding(anna, "Noord", List.of("WMO_ONDERSTEUNING"), null);
        triage(anna, lopend, "WMO", "WMO_ONDERSTEUNING");

        // Centrum: the full story. Wmo and schulden at two counters in one casus; the Wmo clock is met on time,
        // the schulden clock (three working days: eviction threatens) is stopped by the closure.
        Casus wmo = melding(anna, "Centrum", List.of("WMO_ONDERSTEUNING"), "WMO_MELDING_ONDERZOEK");
        Casus schulden = melding(bram, wmo.huishouden(), "Centrum", List.of("SCHULDEN"),
                "SCHULDHULP_VERZOEK_EERSTE_GESPREK", List.of("HUISUITZETTING"));
        triage(bram, schulden, "SCHULDHULP", "SCHULDEN");
        plan(bram, schulden, "SCHULDEN");
        ok(anna.post(wmo.pad() + "/termijnen/" + wmo.termijn() + "/afronding", Map.of()), 200);
        ok(bram.post(schulden.pad() + "/escalaties", Map.of("reden", "KETEN_STAGNEERT", "toelichting", "Stil")), 201);
        ok(petra.post(schulden.pad() + "/escalatie/oppakken", Map.of()), 200);
        ok(petra.post(schulden.pad() + "/escalatie/doorbraakteam", Map.of("reden", "AFSPRAKEN_NIET_NAGEKOMEN",
                "toelichting", "Regels staan in de weg")), 200);
        ok(dirk.post(schulden.pad() + "/escalatie/oppakken", Map.of()), 200);
        ok(dirk.post(schulden.pad() + "/doorbraken", Map.of("legitimiteit", pijler(), "betrokkenheid", pijler(),
                "rendement", pijler(), "oplossing", "Huurachterstand overnemen")), 201);
        ok(dirk.post(schulden.pad() + "/escalatie/teruggave", Map.of("afgesprokenPlan", "Budgetbeheer")), 200);
        ok(bram.post(schulden.pad() + "/plan/acties/actie-1/afronding", Map.of()), 200);
        ok(bram.post(schulden.pad() + "/sluiting", Map.of("uitkomsten", Map.of(wmo.hulpvraag(), "VOORLIGGEND_VELD",
                schulden.hulpvraag(), "MAATWERKVOORZIENING"))), 200);

        // Centrum: Wmo and zorg, escalated for safety, handed back, closed with the own network.
        Casus zorg = melding(anna, "Centrum", List.of("WMO_ONDERSTEUNING", "ZORG"), null);
        triage(anna, zorg, "WMO", "ZORG");
        plan(anna, zorg, "ZORG");
        ok(anna.post(zorg.pad() + "/escalaties", Map.of("reden", "RISICO_ZORG_EN_VEILIGHEID", "toelichting", "Zorg")),
                201);
        ok(petra.post(zorg.pad() + "/escalatie/oppakken", Map.of()), 200);
        ok(petra.post(zorg.pad() + "/escalatie/teruggave", Map.of("afgesprokenPlan", "Wijkteam sluit aan")), 200);
        ok(anna.post(zorg.pad() + "/plan/acties/actie-1/afronding", Map.of()), 200);
        ok(anna.post(zorg.pad() + "/sluiting", Map.of("uitkomsten", Map.of(zorg.hulpvraag(), "EIGEN_NETWERK"))),
                200);

        JsonNode figuren = await().atMost(Duration.ofSeconds(30)).until(
                () -> maria.get("/api/figuren?periode=MAAND").body(),
                // the projection's segments run side by side: wait until every household's last step is in
                body -> som(body, "doorlooptijd", "aantal", any()) == 2
                        && som(body, "uitkomsten", "aantal", any()) == 3
                        && som(body, "termijnnaleving", "teLaat", any()) == 1
                        && som(body, "wachttijdTotTriage", "aantal", any()) == 3);

        // wachttijden and doorlooptijd: three casussen triaged, two with an adopted plan, two closed
        assertThat(som(figuren, "wachttijdTotTriage", "aantal", any())).isEqualTo(3);
        assertThat(som(figuren, "wachttijdTotPlan", "aantal", any())).isEqualTo(2);
        for (String groep : List.of("wachttijdTotTriage", "wachttijdTotPlan", "doorlooptijd")) {
            assertThat(figuren.get(groep)).allSatisfy(rij -> {
                assertThat(rij.get("mediaanDagen").asDouble()).isPositive().isLessThan(1.0);
                assertThat(rij.get("p90Dagen").asDouble()).isGreaterThanOrEqualTo(rij.get("mediaanDagen").asDouble());
                assertThat(rij.at("/periode/label").asText()).matches("\\d{4}-\\d{2}");
            });
        }
        // termijnen per regime: Wmo met on time, the urgent schulden clock stopped, the other one late
        assertThat(som(figuren, "termijnnaleving", "opTijd", regime("WMO_MELDING_ONDERZOEK", false))).isEqualTo(1);
        assertThat(som(figuren, "termijnnaleving", "gestopt", regime("SCHULDHULP_VERZOEK_EERSTE_GESPREK", true)))
                .isEqualTo(1);
        assertThat(som(figuren, "termijnnaleving", "teLaat", regime("SCHULDHULP_VERZOEK_EERSTE_GESPREK", false)))
                .isEqualTo(1);
        assertThat(rijen(figuren, "termijnnaleving", regime("WMO_MELDING_ONDERZOEK", false)))
                .allSatisfy(rij -> assertThat(rij.get("nalevingPercentage").asDouble()).isEqualTo(100.0));
        // levensdomeinen of the five hulpvragen
        assertThat(som(figuren, "levensdomeinen", "aantal", veld("levensdomein", "WMO_ONDERSTEUNING"))).isEqualTo(3);
        assertThat(som(figuren, "levensdomeinen", "aantal", veld("levensdomein", "SCHULDEN"))).isEqualTo(2);
        assertThat(som(figuren, "levensdomeinen", "aantal", veld("levensdomein", "ZORG"))).isEqualTo(1);
        // escalations per level and reason
        assertThat(som(figuren, "escalaties", "aantal", escalatie("PROCESREGISSEUR", "KETEN_STAGNEERT"))).isEqualTo(1);
        assertThat(som(figuren, "escalaties", "aantal", escalatie("DOORBRAAKTEAM", "AFSPRAKEN_NIET_NAGEKOMEN")))
                .isEqualTo(1);
        assertThat(som(figuren, "escalaties", "aantal", escalatie("PROCESREGISSEUR", "RISICO_ZORG_EN_VEILIGHEID")))
                .isEqualTo(1);
        assertThat(som(figuren, "escalaties", "aantal", any())).isEqualTo(3);
        // outcomes per team
        assertThat(som(figuren, "uitkomsten", "aantal", uitkomst("WMO", "VOORLIGGEND_VELD"))).isEqualTo(1);
        assertThat(som(figuren, "uitkomsten", "aantal", uitkomst("WMO", "EIGEN_NETWERK"))).isEqualTo(1);
        assertThat(som(figuren, "uitkomsten", "aantal", uitkomst("SCHULDHULP", "MAATWERKVOORZIENING"))).isEqualTo(1);
        // workload per team: registered, closed, and open at the end of the latest period
        assertThat(som(figuren, "werklast", "nieuw", veld("team", "WMO"))).isEqualTo(3);
        assertThat(som(figuren, "werklast", "nieuw", veld("team", "SCHULDHULP"))).isEqualTo(2);
        assertThat(som(figuren, "werklast", "afgesloten", veld("team", "WMO"))).isEqualTo(2);
        assertThat(som(figuren, "werklast", "afgesloten", veld("team", "SCHULDHULP"))).isEqualTo(1);
        assertThat(laatste(rijen(figuren, "werklast", veld("team", "WMO"))).get("openAanEinde").asLong()).isEqualTo(1);
        assertThat(laatste(rijen(figuren, "werklast", veld("team", "SCHULDHULP"))).get("openAanEinde").asLong())
                .isEqualTo(1);

        // one wijk: Noord has the late clock and the open triaged casus, and no escalation
        JsonNode noord = maria.get("/api/figuren?periode=KWARTAAL&wijk=Noord").body();
        assertThat(noord.get("wijk").asText()).isEqualTo("Noord");
        assertThat(som(noord, "wachttijdTotTriage", "aantal", any())).isEqualTo(1);
        assertThat(som(noord, "termijnnaleving", "teLaat", any())).isEqualTo(1);
        assertThat(noord.get("escalaties")).isEmpty();
        assertThat(noord.get("uitkomsten")).isEmpty();

        // no personal data anywhere in the answer
        assertThat(figuren.toString()).doesNotContain(wmo.huishouden(), wmo.id(), "Vrije tekst", "anna", "bram");

        // the CSV export of the same figures, by path and by Accept header
        String csv = csv("/api/figuren.csv?periode=MAAND", null);
        assertThat(csv).startsWith("\uFEFFfiguur;periode;periode_begin;wijk;groep;subgroep;aantal;");
        assertThat(csv.lines().filter(regel -> regel.startsWith("escalaties;")
                && regel.contains(";DOORBRAAKTEAM;AFSPRAKEN_NIET_NAGEKOMEN;1;"))).hasSize(1);
        assertThat(csv.lines().filter(regel -> regel.startsWith("uitkomsten;")
                && regel.contains(";SCHULDHULP;MAATWERKVOORZIENING;1;;;;100"))).hasSize(1);
        assertThat(csv("/api/figuren?periode=MAAND", "text/csv")).isEqualTo(csv);

        // replay: the projection is rebuilt from the event store after its tokens are reset
        StreamingEventProcessor processor = processing
                .eventProcessor("managementfiguren", StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(maria.get("/api/figuren?periode=MAAND").body()).isEqualTo(figuren));
    }

    @Test
    void onlyManagementSeesTheFiguresAndABadQuestionIsA400InDutch() {
        ApiClient.Answer medewerker = new ApiClient(port, "anna").get("/api/figuren");
        assertThat(medewerker.status()).isEqualTo(403);
        assertThat(medewerker.headers().getContentType()).hasToString("application/problem+json");
        assertThat(new ApiClient(port, "aart").get("/api/figuren").status()).isEqualTo(200);
        assertThat(ApiClient.anonymous(port).get("/api/figuren").status()).isEqualTo(401);

        ApiClient maria = new ApiClient(port, "maria");
        ApiClient.Answer jaar = maria.get("/api/figuren?periode=JAAR");
        assertThat(jaar.status()).isEqualTo(400);
        assertThat(jaar.headers().getContentType()).hasToString("application/problem+json");
        assertThat(jaar.body().get("detail").asText()).isEqualTo(
                "De parameter periode verwacht een van: WEEK, MAAND, KWARTAAL.");

        ApiClient.Answer omgekeerd = maria.get("/api/figuren?van=2026-06-01&tot=2026-01-01");
        assertThat(omgekeerd.status()).isEqualTo(400);
        assertThat(omgekeerd.body().get("detail").asText()).contains("'tot'", "'van'");

        ApiClient.Answer geenDatum = maria.get("/api/figuren?van=2026-13-01");
        assertThat(geenDatum.status()).isEqualTo(400);
        assertThat(geenDatum.body().get("detail").asText()).contains("van");

        ApiClient.Answer csv = maria.get("/api/figuren.csv?periode=JAAR");
        assertThat(csv.status()).isEqualTo(400);
        assertThat(csv.body().get("title").asText()).isEqualTo("Ongeldige vraag");

        JsonNode apiDocs = ApiClient.anonymous(port).get("/v3/api-docs").body();
        assertThat(apiDocs.get("paths").has("/api/figuren")).isTrue();
        assertThat(apiDocs.get("paths").has("/api/figuren.csv")).isTrue();

        // periode is case-insensitive and van/tot are widened to whole periods
        ApiClient.Answer kwartaal = maria.get("/api/figuren?periode=kwartaal&van=2026-02-14&tot=2026-05-02");
        assertThat(kwartaal.status()).isEqualTo(200);
        assertThat(kwartaal.body().get("van").asText()).isEqualTo("2026-01-01");
        assertThat(kwartaal.body().get("tot").asText()).isEqualTo("2026-06-30");
    }

    private String csv(String pad, String accept) {
        RestClient client = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth("maria", "maria")).build();
        return client.get().uri(pad)
                .headers(headers -> {
                    if (accept != null) {
                        headers.set(HttpHeaders.ACCEPT, accept);
                    }
                })
                .exchange((request, response) -> {
                    assertThat(response.getStatusCode().value()).isEqualTo(200);
                    assertThat(response.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
                    assertThat(response.getHeaders().getContentDisposition().getFilename())
                            .startsWith("managementfiguren-maand");
                    return new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
                });
    }

    private static List<JsonNode> rijen(JsonNode figuren, String groep, Predicate<JsonNode> filter) {
        return StreamSupport.stream(figuren.get(groep).spliterator(), false).filter(filter).toList();
    }

    private static long som(JsonNode figuren, String groep, String veld, Predicate<JsonNode> filter) {
        return rijen(figuren, groep, filter).stream().mapToLong(rij -> rij.get(veld).asLong()).sum();
    }

    private static JsonNode laatste(List<JsonNode> rijen) {
        return rijen.get(rijen.size() - 1);
    }

    private static Predicate<JsonNode> any() {
        return rij -> true;
    }

    private static Predicate<JsonNode> veld(String naam, String waarde) {
        return rij -> waarde.equals(rij.path(naam).asText());
    }

    private static Predicate<JsonNode> regime(String regime, boolean spoed) {
        return rij -> regime.equals(rij.get("regime").asText()) && rij.get("spoed").asBoolean() == spoed;
    }

    private static Predicate<JsonNode> escalatie(String niveau, String reden) {
        return veld("niveau", niveau).and(veld("reden", reden));
    }

    private static Predicate<JsonNode> uitkomst(String team, String uitkomst) {
        return veld("team", team).and(veld("uitkomst", uitkomst));
    }
}
