package nl.integraletoegang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The work lists and the escalation queue, driven through the write API and read over HTTP on the embedded
 * PostgreSQL: meldingen waiting for triage at their team, a regisseur's casussen, termijnen about to expire (and one
 * that does), escalations per level until they are handed back, paging and bad parameters, the live stream of a
 * team, and a rebuild of every list from the event store. All tests share one database, so each looks for the
 * households it made itself.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WerkvoorraadTest {

    private static final Duration PROJECTIE = Duration.ofSeconds(20);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "werkvoorraad");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventProcessingConfiguration processing;

    private ApiClient anna;
    private ApiClient bram;
    private ApiClient petra;
    private ApiClient dirk;

    private ApiClient als(String gebruiker) {
        return new ApiClient(port, gebruiker);
    }

    private record Melding(String huishouden, String casus, String hulpvraag, String termijn) {

        String pad() {
            return "/api/huishoudens/" + huishouden + "/casussen/" + casus;
        }
    }

    private Melding melding(ApiClient medewerker, String huishouden, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("huishoudenId", huishouden, "kanaal", "TELEFOON",
                "levensdomeinen", List.of("WONEN")));
        body.putAll(extra);
        ApiClient.Answer answer = medewerker.post("/api/meldingen", body);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        return new Melding(huishouden, answer.body().get("casusId").asText(),
                answer.body().get("hulpvraagId").asText(), answer.body().path("termijnId").asText(null));
    }

    private Melding nieuweMelding(ApiClient medewerker) {
        return melding(medewerker, "hh-" + UUID.randomUUID(), Map.of());
    }

    private void triage(Melding melding, String regisseur, String team) {
        ApiClient.Answer answer = als(regisseur).post(melding.pad() + "/triage", Map.of(
                "levensdomeinen", List.of("WONEN"), "urgentie", "NORMAAL",
                "zwaarsteVraagstukHulpvraagId", melding.hulpvraag(),
                "regisseur", Map.of("gebruikersnaam", regisseur, "team", team)));
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
    }

    private static List<String> ids(JsonNode pagina, String veld) {
        List<String> ids = new ArrayList<>();
        pagina.get("items").forEach(item -> ids.add(item.get(veld).asText()));
        return ids;
    }

    private static JsonNode item(JsonNode pagina, String veld, String id) {
        for (JsonNode item : pagina.get("items")) {
            if (item.get(veld).asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError(id + " staat niet in " + pagina);
    }

    private JsonNode lijst(ApiClient medewerker, String pad) {
        ApiClient.Answer answer = medewerker.get(pad);
        assertThat(answer.status()).as(pad + " " + answer.body()).isEqualTo(200);
        return answer.body();
    }

    private List<String> teTriageren(ApiClient medewerker, String team, String extra) {
        return ids(lijst(medewerker, "/api/werkvoorraad/teams/" + team + "/te-triageren?size=100" + extra),
                "hulpvraagId");
    }

    private List<String> termijnen(ApiClient medewerker, String team, int binnenDagen) {
        return ids(lijst(medewerker, "/api/werkvoorraad/teams/" + team + "/termijnen?size=100&binnenDagen="
                + binnenDagen), "termijnId");
    }

    private List<String> escalaties(ApiClient medewerker, String filter) {
        return ids(lijst(medewerker, "/api/escalaties?size=100" + filter), "escalatieId");
    }

    @BeforeEach
    void medewerkers() {
        anna = als("anna");
        bram = als("bram");
        petra = als("petra");
        dirk = als("dirk");
    }

    @Test
    void meldingenWaitAtTheirTeamOldestFirstUntilTheCasusIsTriaged() {
        // Two households call the Wmo counter, one after the other.
        Melding eerste = nieuweMelding(anna);
        Melding tweede = nieuweMelding(anna);
        await().atMost(PROJECTIE).untilAsserted(() ->
                assertThat(teTriageren(anna, "WMO", "")).containsSubsequence(eerste.hulpvraag(), tweede.hulpvraag()));
        assertThat(teTriageren(anna, "WMO", "&volgorde=nieuwste_eerst"))
                .containsSubsequence(tweede.hulpvraag(), eerste.hulpvraag());
        JsonNode wachtend = item(lijst(anna, "/api/werkvoorraad/teams/WMO/te-triageren?size=100"), "hulpvraagId",
                eerste.hulpvraag());
        assertThat(wachtend.get("huishoudenId").asText()).isEqualTo(eerste.huishouden());
        assertThat(wachtend.get("casusId").asText()).isEqualTo(eerste.casus());
        assertThat(wachtend.get("kanaal").asText()).isEqualTo("TELEFOON");
        assertThat(Duration.parse(wachtend.get("wachttijd").asText())).isPositive().isLessThan(Duration.ofMinutes(5));
        assertThat(wachtend.get("wachtdagen").asLong()).isZero();
        // a work list points to the dossier; it does not repeat what the resident told
        assertThat(wachtend.has("omschrijving")).isFalse();

        // The second is about debts: routed to Schuldhulp, it leaves the Wmo list and waits at Schuldhulp.
        assertThat(anna.post(tweede.pad() + "/routering", Map.of("hulpvraagId", tweede.hulpvraag(),
                "naarTeam", "SCHULDHULP")).status()).isEqualTo(200);
        await().atMost(PROJECTIE).untilAsserted(() -> {
            assertThat(teTriageren(anna, "WMO", "")).contains(eerste.hulpvraag()).doesNotContain(tweede.hulpvraag());
            assertThat(teTriageren(bram, "SCHULDHULP", "")).contains(tweede.hulpvraag());
        });

        // Triage by bram takes it off the list; a later melding for the triaged casus goes to its regisseur, not to
        // triage (its clock, projected right after it, shows the projection has seen it).
        triage(tweede, "bram", "SCHULDHULP");
        Melding later = melding(bram, tweede.huishouden(), Map.of("regime", "SCHULDHULP_VERZOEK_EERSTE_GESPREK"));
        assertThat(later.casus()).isEqualTo(tweede.casus());
        await().atMost(PROJECTIE).untilAsserted(() ->
                assertThat(termijnen(bram, "SCHULDHULP", 60)).contains(later.termijn()));
        assertThat(teTriageren(bram, "SCHULDHULP", "")).doesNotContain(tweede.hulpvraag(), later.hulpvraag());

        // A worker sees the work list of their own team only.
        ApiClient.Answer anderTeam = anna.get("/api/werkvoorraad/teams/SCHULDHULP/te-triageren");
        assertThat(anderTeam.status()).isEqualTo(403);
        assertThat(anderTeam.body().get("title").asText()).isEqualTo("Geen toegang");
        assertThat(als("maria").get("/api/werkvoorraad/teams/WMO/te-triageren").status()).isEqualTo(403);
    }

    @Test
    void aMeldingThatJoinsATriagedCasusShowsAsNewOnTheRegisseursList() {
        Melding melding = nieuweMelding(bram);
        triage(melding, "bram", "SCHULDHULP");

        // another door, another team: no team's triage list shows it, because the casus already has its regisseur
        Melding later = melding(anna, melding.huishouden(), Map.of());

        await().atMost(PROJECTIE).untilAsserted(() -> assertThat(item(lijst(bram,
                "/api/werkvoorraad/mijn/casussen?size=100"), "casusId", melding.casus()).get("nieuweHulpvragen")
                .asLong()).isEqualTo(1));
        assertThat(ids(lijst(anna, "/api/werkvoorraad/teams/WMO/te-triageren?size=100"), "hulpvraagId"))
                .doesNotContain(later.hulpvraag());
    }

    @Test
    void aRegisseurSeesTheOpenCasussenTheyDirectAndAClosedOneComesBackWhenReopened() {
        Melding melding = nieuweMelding(bram);
        triage(melding, "bram", "SCHULDHULP");
        await().atMost(PROJECTIE).untilAsserted(() ->
                assertThat(ids(lijst(bram, "/api/werkvoorraad/mijn/casussen?size=100"), "casusId"))
                        .contains(melding.casus()));
        JsonNode casus = item(lijst(bram, "/api/werkvoorraad/medewerkers/bram/casussen?size=100"), "casusId",
                melding.casus());
        assertThat(casus.get("huishoudenId").asText()).isEqualTo(melding.huishouden());
        assertThat(casus.get("team").asText()).isEqualTo("SCHULDHULP");
        assertThat(casus.get("urgentie").asText()).isEqualTo("NORMAAL");
        assertThat(Instant.parse(casus.get("regisseurSinds").asText()))
                .isAfterOrEqualTo(Instant.parse(casus.get("geopendOp").asText()));
        assertThat(casus.get("nieuweHulpvragen").asLong()).isZero();

        // The casus is handed to kees, with a reason: it leaves bram's list and joins kees's.
        assertThat(bram.post(melding.pad() + "/regisseur", Map.of("gebruikersnaam", "kees", "team", "SCHULDHULP",
                "reden", "Bram gaat met verlof")).status()).isEqualTo(200);
        String keesCasussen = "/api/werkvoorraad/medewerkers/kees/casussen?size=100";
        await().atMost(PROJECTIE).untilAsserted(() -> {
            assertThat(ids(lijst(bram, "/api/werkvoorraad/mijn/casussen?size=100"), "casusId"))
                    .doesNotContain(melding.casus());
            assertThat(ids(lijst(bram, keesCasussen), "casusId")).contains(melding.casus());
        });
        // a colleague of another team sees only what kees directs for that team: nothing
        assertThat(lijst(anna, keesCasussen).get("total").asLong()).isZero();

        // Closed, it drops off kees's list; reopened, it is back.
        ApiClient.Answer gesloten = bram.post(melding.pad() + "/sluiting",
                Map.of("uitkomsten", Map.of(melding.hulpvraag(), "EIGEN_NETWERK")));
        assertThat(gesloten.status()).as(gesloten.body().toString()).isEqualTo(200);
        await().atMost(PROJECTIE).untilAsserted(() ->
                assertThat(ids(lijst(bram, keesCasussen), "casusId")).doesNotContain(melding.casus()));
        assertThat(bram.post(melding.pad() + "/heropening", Map.of("reden", "Nieuwe achterstand")).status())
                .isEqualTo(200);
        await().atMost(PROJECTIE).untilAsserted(() ->
                assertThat(ids(lijst(bram, keesCasussen), "casusId")).contains(melding.casus()));
    }

    @Test
    void termijnenWithinNDaysAreListedSoonestFirstAndAnExpiredOneStaysMarkedUntilItIsMet() {
        // An eviction threatens: the Schuldhulp clock runs 3 working days. A Wmo onderzoek has 6 weeks.
        Melding spoed = melding(bram, "hh-" + UUID.randomUUID(), Map.of("levensdomeinen", List.of("SCHULDEN"),
                "dreigingen", List.of("HUISUITZETTING"), "regime", "SCHULDHULP_VERZOEK_EERSTE_GESPREK"));
        Melding onderzoek = melding(bram, "hh-" + UUID.randomUUID(), Map.of("regime", "WMO_MELDING_ONDERZOEK"));
        await().atMost(PROJECTIE).untilAsserted(() ->
                assertThat(termijnen(bram, "SCHULDHULP", 60)).containsSubsequence(spoed.termijn(), onderzoek.termijn()));
        assertThat(termijnen(bram, "SCHULDHULP", 10)).contains(spoed.termijn()).doesNotContain(onderzoek.termijn());
        assertThat(lijst(bram, "/api/werkvoorraad/teams/SCHULDHULP/termijnen?size=100").get("items"))
                .as("binnenDagen is 10 unless asked otherwise")
                .extracting(item -> item.get("termijnId").asText())
                .contains(spoed.termijn()).doesNotContain(onderzoek.termijn());
        JsonNode lopend = item(lijst(bram, "/api/werkvoorraad/teams/SCHULDHULP/termijnen?size=100"), "termijnId",
                spoed.termijn());
        assertThat(lopend.get("regime").asText()).isEqualTo("SCHULDHULP_VERZOEK_EERSTE_GESPREK");
        assertThat(lopend.get("spoed").asBoolean()).isTrue();
        assertThat(lopend.get("hulpvraagId").asText()).isEqualTo(spoed.hulpvraag());
        assertThat(lopend.get("dagenResterend").asLong()).isBetween(0L, 10L);
        assertThat(lopend.get("verlopen").asBoolean()).isFalse();
        assertThat(termijnen(anna, "WMO", 60)).doesNotContain(spoed.termijn(), onderzoek.termijn());

        // A suspended clock does not run down: it leaves the list until it is resumed.
        String onderzoekPad = onderzoek.pad() + "/termijnen/" + onderzoek.termijn();
        assertThat(bram.post(onderzoekPad + "/opschorting", Map.of("reden", "Aanvraag onvolledig")).status())
                .isEqualTo(200);
        await().atMost(PROJECTIE).untilAsserted(() ->
                assertThat(termijnen(bram, "SCHULDHULP", 60)).doesNotContain(onderzoek.termijn()));
        assertThat(bram.post(onderzoekPad + "/hervatting", Map.of("reden", "Aanvraag compleet")).status())
                .isEqualTo(200);
        await().atMost(PROJECTIE).untilAsserted(() ->
                assertThat(termijnen(bram, "SCHULDHULP", 60)).contains(onderzoek.termijn()));

        // Days pass: the expiry deadline becomes due (moved in db-scheduler's table) and the clock expires.
        int verschoven = jdbc.sql("""
                        UPDATE scheduled_tasks SET execution_time = now() - interval '1 minute'
                        WHERE position(convert_to(:naam, 'UTF8') in task_data) > 0""")
                .param("naam", "termijn-verval-" + spoed.termijn())
                .update();
        assertThat(verschoven).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(item(lijst(bram,
                "/api/werkvoorraad/teams/SCHULDHULP/termijnen?size=100&binnenDagen=0"), "termijnId", spoed.termijn())
                .get("verlopen").asBoolean()).isTrue());

        // Expired, it stays on the list until the work is done; then it leaves.
        assertThat(bram.post(spoed.pad() + "/termijnen/" + spoed.termijn() + "/afronding", Map.of()).status())
                .isEqualTo(200);
        await().atMost(PROJECTIE).untilAsserted(() ->
                assertThat(termijnen(bram, "SCHULDHULP", 60)).doesNotContain(spoed.termijn()));

        ApiClient.Answer negatief = bram.get("/api/werkvoorraad/teams/SCHULDHULP/termijnen?binnenDagen=-1");
        assertThat(negatief.status()).isEqualTo(400);
        assertThat(negatief.body().get("detail").asText()).contains("binnenDagen");
        assertThat(bram.get("/api/werkvoorraad/teams/SCHULDHULP/termijnen?binnenDagen=tien").status()).isEqualTo(400);
    }

    @Test
    void theEscalationQueueShowsEachEscalationAtItsLevelUntilItIsHandedBack() {
        Melding melding = nieuweMelding(bram);
        triage(melding, "bram", "SCHULDHULP");
        ApiClient.Answer escalatie = bram.post(melding.pad() + "/escalaties", Map.of("reden",
                "RISICO_ZORG_EN_VEILIGHEID", "toelichting", "Zorgen om de veiligheid van de kinderen"));
        assertThat(escalatie.status()).isEqualTo(201);
        String id = escalatie.body().get("id").asText();

        // Waiting for a procesregisseur, not yet taken up.
        await().atMost(PROJECTIE).untilAsserted(() ->
                assertThat(escalaties(petra, "&niveau=PROCESREGISSEUR&opgepakt=false")).contains(id));
        JsonNode wachtend = item(lijst(petra, "/api/escalaties?size=100"), "escalatieId", id);
        assertThat(wachtend.get("casusId").asText()).isEqualTo(melding.casus());
        assertThat(wachtend.get("niveau").asText()).isEqualTo("PROCESREGISSEUR");
        assertThat(wachtend.get("reden").asText()).isEqualTo("RISICO_ZORG_EN_VEILIGHEID");
        assertThat(wachtend.get("toelichting").asText()).isEqualTo("Zorgen om de veiligheid van de kinderen");
        assertThat(Duration.parse(wachtend.get("leeftijd").asText())).isPositive();
        assertThat(wachtend.get("opgepakt").asBoolean()).isFalse();

        // petra takes it up.
        assertThat(petra.post(melding.pad() + "/escalatie/oppakken", Map.of()).status()).isEqualTo(200);
        await().atMost(PROJECTIE).untilAsserted(() -> {
            assertThat(escalaties(petra, "&opgepakt=false")).doesNotContain(id);
            assertThat(escalaties(petra, "&niveau=PROCESREGISSEUR&opgepakt=true")).contains(id);
        });
        assertThat(item(lijst(petra, "/api/escalaties?size=100"), "escalatieId", id).get("opgepaktDoor").asText())
                .isEqualTo("petra");

        // On to the doorbraakteam: it waits there again, untaken, and its age counts from this step.
        assertThat(petra.post(melding.pad() + "/escalatie/doorbraakteam", Map.of("reden", "KETEN_STAGNEERT",
                "toelichting", "Regels staan een oplossing in de weg")).status()).isEqualTo(200);
        await().atMost(PROJECTIE).untilAsserted(() -> {
            assertThat(escalaties(dirk, "&niveau=DOORBRAAKTEAM&opgepakt=false")).contains(id);
            assertThat(escalaties(petra, "")).doesNotContain(id);
        });
        JsonNode bijDoorbraakteam = item(lijst(dirk, "/api/escalaties?size=100"), "escalatieId", id);
        assertThat(bijDoorbraakteam.get("reden").asText()).isEqualTo("KETEN_STAGNEERT");
        assertThat(Instant.parse(bijDoorbraakteam.get("geescaleerdOp").asText()))
                .isAfter(Instant.parse(bijDoorbraakteam.get("trajectGestartOp").asText()));

        // dirk takes it up, finds a doorbraak and hands the casus back: it leaves the queue.
        assertThat(dirk.post(melding.pad() + "/escalatie/oppakken", Map.of()).status()).isEqualTo(200);
        Map<String, Object> ja = Map.of("ja", true, "motivering", "Onderbouwd");
        assertThat(dirk.post(melding.pad() + "/doorbraken", Map.of("legitimiteit", ja, "betrokkenheid", ja,
                "rendement", ja, "oplossing", "Huurachterstand overnemen")).status()).isEqualTo(201);
        await().atMost(PROJECTIE).untilAsserted(() ->
                assertThat(escalaties(dirk, "&niveau=DOORBRAAKTEAM&opgepakt=true")).contains(id));
        assertThat(dirk.post(melding.pad() + "/escalatie/teruggave", Map.of("afgesprokenPlan",
                "Gemeente neemt achterstand over")).status()).isEqualTo(200);
        await().atMost(PROJECTIE).untilAsserted(() -> assertThat(escalaties(dirk, "")).doesNotContain(id));

        // The queue is for the levels that take escalations up, and a level must be one of the ladder's.
        assertThat(bram.get("/api/escalaties").status()).isEqualTo(403);
        // a level sees only its own queue: the doorbraakteam does not read what waits for a procesregisseur
        assertThat(dirk.get("/api/escalaties?niveau=PROCESREGISSEUR").status()).isEqualTo(403);
        ApiClient.Answer onbekendNiveau = petra.get("/api/escalaties?niveau=WETHOUDER");
        assertThat(onbekendNiveau.status()).isEqualTo(400);
        // the detail names the parameter and its choices, never what was sent
        assertThat(onbekendNiveau.body().get("detail").asText()).contains("niveau", "DOORBRAAKTEAM")
                .doesNotContain("WETHOUDER");
        assertThat(petra.get("/api/escalaties?opgepakt=misschien").status()).isEqualTo(400);
    }

    @Test
    void listsArePagedAndABadParameterIsA400InDutch() {
        for (int i = 0; i < 3; i++) {
            nieuweMelding(anna);
        }
        await().atMost(PROJECTIE).untilAsserted(() ->
                assertThat(lijst(anna, "/api/werkvoorraad/teams/WMO/te-triageren").get("total").asLong())
                        .isGreaterThanOrEqualTo(3));
        JsonNode alles = lijst(anna, "/api/werkvoorraad/teams/WMO/te-triageren?size=100");
        JsonNode tweede = lijst(anna, "/api/werkvoorraad/teams/WMO/te-triageren?page=1&size=2");
        assertThat(tweede.get("page").asInt()).isEqualTo(1);
        assertThat(tweede.get("size").asInt()).isEqualTo(2);
        assertThat(tweede.get("total").asLong()).isEqualTo(alles.get("total").asLong());
        assertThat(ids(tweede, "hulpvraagId")).containsExactlyElementsOf(ids(alles, "hulpvraagId").subList(2,
                Math.min(4, alles.get("items").size())));
        assertThat(lijst(anna, "/api/werkvoorraad/teams/WMO/te-triageren").get("size").asInt()).isEqualTo(20);

        for (String fout : List.of("size=0", "size=101", "page=-1", "page=een", "volgorde=WILLEKEURIG")) {
            ApiClient.Answer answer = anna.get("/api/werkvoorraad/teams/WMO/te-triageren?" + fout);
            assertThat(answer.status()).as(fout).isEqualTo(400);
            assertThat(answer.headers().getContentType()).as(fout).hasToString("application/problem+json");
            assertThat(answer.body().get("title").asText()).as(fout).startsWith("Ongeldige");
        }
        assertThat(anna.get("/api/werkvoorraad/teams/WMO/te-triageren?size=101").body().get("detail").asText())
                .isEqualTo("De parameter size moet tussen 1 en 100 liggen; gevraagd was 101.");
        assertThat(anna.get("/api/werkvoorraad/teams/WMO/te-triageren?volgorde=WILLEKEURIG").body().get("detail")
                .asText()).contains("OUDSTE_EERST", "NIEUWSTE_EERST");
        assertThat(anna.get("/api/werkvoorraad/mijn/casussen?size=500").status()).isEqualTo(400);
    }

    @Test
    void theTeamStreamPushesANewMeldingToThatTeamOnly() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<Stream<String>> stream = http.send(HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/api/werkvoorraad/teams/WMO/stream"))
                        .header("Authorization", "Basic " + Base64.getEncoder()
                                .encodeToString("anna:anna".getBytes(StandardCharsets.UTF_8)))
                        .header("Accept", "text/event-stream")
                        .build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/event-stream"));
        List<String> regels = new CopyOnWriteArrayList<>();
        Thread lezer = new Thread(() -> stream.body().forEach(regels::add), "sse-lezer");
        lezer.setDaemon(true);
        lezer.start();
        try {
            // First the team's current state.
            await().atMost(PROJECTIE).until(() -> regels.contains("event:stand"));
            assertThat(regels).anySatisfy(regel -> assertThat(regel).startsWith("data:").contains("\"team\":\"WMO\""));

            // A melding at Schuldhulp is not Wmo's business; once it is projected, one at Wmo arrives on the stream.
            Melding schuldhulp = nieuweMelding(bram);
            await().atMost(PROJECTIE).untilAsserted(() ->
                    assertThat(teTriageren(bram, "SCHULDHULP", "")).contains(schuldhulp.hulpvraag()));
            Melding wmo = nieuweMelding(anna);
            await().atMost(PROJECTIE).untilAsserted(() -> assertThat(regels).anySatisfy(regel -> assertThat(regel)
                    .startsWith("data:")
                    .contains("\"lijst\":\"TE_TRIAGEREN\"", "\"soort\":\"TOEGEVOEGD\"",
                            "\"onderwerpId\":\"" + wmo.hulpvraag() + "\"", "\"huishoudenId\":\"" + wmo.huishouden()
                                    + "\"")));
            assertThat(regels).contains("event:wijziging");
            assertThat(regels).noneSatisfy(regel -> assertThat(regel).contains(schuldhulp.hulpvraag()));
        } finally {
            stream.body().close();
        }
        assertThat(anna.get("/api/werkvoorraad/teams/SCHULDHULP/stream").status()).isEqualTo(403);
    }

    @Test
    void everyListIsRebuiltFromTheEventStoreAfterAReset() {
        Melding melding = nieuweMelding(bram);
        triage(melding, "bram", "SCHULDHULP");
        assertThat(bram.post(melding.pad() + "/escalaties", Map.of("reden", "KETEN_STAGNEERT",
                "toelichting", "Partners reageren niet")).status()).isEqualTo(201);
        Melding wachtend = nieuweMelding(anna);
        await().atMost(PROJECTIE).untilAsserted(() -> {
            assertThat(teTriageren(anna, "WMO", "")).contains(wachtend.hulpvraag());
            assertThat(ids(lijst(bram, "/api/werkvoorraad/mijn/casussen?size=100"), "casusId"))
                    .contains(melding.casus());
            assertThat(lijst(petra, "/api/escalaties?size=100").get("items").toString()).contains(melding.casus());
        });
        JsonNode teTriagerenVoor = lijst(anna, "/api/werkvoorraad/teams/WMO/te-triageren?size=100").get("items");
        JsonNode casussenVoor = lijst(bram, "/api/werkvoorraad/mijn/casussen?size=100");
        JsonNode termijnenVoor = lijst(bram, "/api/werkvoorraad/teams/SCHULDHULP/termijnen?size=100&binnenDagen=60");
        JsonNode escalatiesVoor = lijst(petra, "/api/escalaties?size=100");

        for (String groep : List.of("werkvoorraad", "escalatiewachtrij")) {
            assertThat(processing.deadLetterQueue(groep)).as("dead-letter queue of " + groep).isPresent();
            StreamingEventProcessor processor =
                    processing.eventProcessor(groep, StreamingEventProcessor.class).orElseThrow();
            processor.shutdownAsync().join();
            processor.resetTokens();
            processor.start();
        }

        // Same lists after the replay (waiting times move on, so those are compared without them).
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(zonderTijd(lijst(anna, "/api/werkvoorraad/teams/WMO/te-triageren?size=100").get("items"),
                    "wachttijd", "wachtdagen")).isEqualTo(zonderTijd(teTriagerenVoor, "wachttijd", "wachtdagen"));
            assertThat(lijst(bram, "/api/werkvoorraad/mijn/casussen?size=100")).isEqualTo(casussenVoor);
            assertThat(lijst(bram, "/api/werkvoorraad/teams/SCHULDHULP/termijnen?size=100&binnenDagen=60"))
                    .isEqualTo(termijnenVoor);
            assertThat(zonderTijd(lijst(petra, "/api/escalaties?size=100").get("items"), "leeftijd",
                    "leeftijdInDagen")).isEqualTo(zonderTijd(escalatiesVoor.get("items"), "leeftijd",
                    "leeftijdInDagen"));
        });
    }

    @Test
    void theListsNeedAnAuthenticatedUserAndAreDescribedInTheOpenApi() {
        ApiClient anoniem = ApiClient.anonymous(port);
        assertThat(anoniem.get("/api/werkvoorraad/teams/WMO/te-triageren").status()).isEqualTo(401);
        assertThat(anoniem.get("/api/werkvoorraad/teams/WMO/stream").status()).isEqualTo(401);
        assertThat(anoniem.get("/api/escalaties").status()).isEqualTo(401);
        JsonNode paden = anoniem.get("/v3/api-docs").body().get("paths");
        assertThat(paden.has("/api/werkvoorraad/teams/{team}/te-triageren")).isTrue();
        assertThat(paden.has("/api/werkvoorraad/teams/{team}/termijnen")).isTrue();
        assertThat(paden.has("/api/werkvoorraad/medewerkers/{gebruikersnaam}/casussen")).isTrue();
        assertThat(paden.has("/api/werkvoorraad/mijn/casussen")).isTrue();
        assertThat(paden.has("/api/werkvoorraad/teams/{team}/stream")).isTrue();
        assertThat(paden.has("/api/escalaties")).isTrue();
    }

    private static JsonNode zonderTijd(JsonNode items, String... velden) {
        JsonNode kopie = items.deepCopy();
        kopie.forEach(item -> ((ObjectNode) item).remove(List.of(velden)));
        return kopie;
    }
}
