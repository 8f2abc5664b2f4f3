package nl.integraletoegang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Merging household B, registered twice, into A over HTTP, end to end on the embedded PostgreSQL: B's hulpvragen,
 * running and suspended termijnen (their last days unchanged), member and open plan action continue in A's casus
 * under A's regisseur; B's deadlines are cancelled and A's fire; both histories point to each other; B takes no
 * more writes. And the failure halfway: A closed before it could take B in, so B's merge is cancelled and B is as
 * it was.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HuishoudenSamenvoegingHttpTest {

    private static final String SAGA_PROCESSOR = "HuishoudenSamenvoegingSagaProcessor";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "samenvoegen");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventProcessingConfiguration processing;

    private record Huishouden(String id, String casus, String hulpvraag, String termijn) {
    }

    private Huishouden melding(ApiClient worker, String huishoudenId, String naam, String regime) {
        Map<String, Object> body = new HashMap<>(Map.of("huishoudenId", huishoudenId, "kanaal", "TELEFOON",
                "levensdomeinen", List.of("WMO_ONDERSTEUNING"), "omschrijving", "Hulp thuis",
                "regime", regime));
        if (naam != null) {
            body.put("leden", List.of(Map.of("naam", naam, "geboortedatum", "1980-04-02")));
        }
        ApiClient.Answer answer = worker.post("/api/meldingen", body);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        return new Huishouden(huishoudenId, answer.body().get("casusId").asText(),
                answer.body().get("hulpvraagId").asText(), answer.body().get("termijnId").asText());
    }

    private static String pad(Huishouden huishouden) {
        return "/api/huishoudens/" + huishouden.id() + "/casussen/" + huishouden.casus();
    }

    private static void triage(ApiClient anna, Huishouden huishouden) {
        ApiClient.Answer triage = anna.post(pad(huishouden) + "/triage", Map.of("integraleHulpvraag", "Zorg thuis",
                "levensdomeinen", List.of("WMO_ONDERSTEUNING"), "urgentie", "NORMAAL",
                "zwaarsteVraagstukHulpvraagId", huishouden.hulpvraag(),
                "regisseur", Map.of("gebruikersnaam", "anna", "team", "WMO")));
        assertThat(triage.status()).as(triage.body().toString()).isEqualTo(200);
    }

    private static JsonNode wachtOp(ApiClient client, String path, Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> client.get(path), answer -> answer.status() == 200 && condition.test(answer.body()))
                .body();
    }

    private static Map<String, String> termijnen(JsonNode overzicht, String veld) {
        Map<String, String> termijnen = new HashMap<>();
        overzicht.at("/openCasus/termijnen").forEach(t -> termijnen.put(t.get("termijnId").asText(),
                t.get(veld).asText()));
        return termijnen;
    }

    private static List<String> teksten(JsonNode lijst, String veld) {
        List<String> teksten = new ArrayList<>();
        lijst.forEach(item -> teksten.add(item.get(veld).asText()));
        return teksten;
    }

    private List<String> eventTypes(String huishouden) {
        return jdbc.sql("""
                        SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = :id
                        ORDER BY sequencenumber""")
                .param("id", huishouden).query(String.class).list().stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    private List<String> termijnEvents(String huishouden, String termijnId) {
        return jdbc.sql("""
                        SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = :id
                          AND convert_from(payload, 'UTF8') LIKE :termijn ORDER BY sequencenumber""")
                .param("id", huishouden).param("termijn", "%" + termijnId + "%").query(String.class).list()
                .stream().map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    /** The scheduled deadlines of a termijn, as the readable text of their task rows (they name the scope's household). */
    private List<String> deadlines(String termijnId) {
        return jdbc.sql("""
                        SELECT task_instance || ' ' || encode(task_data, 'escape') FROM scheduled_tasks
                        WHERE encode(task_data, 'escape') LIKE :termijn""")
                .param("termijn", "%" + termijnId + "%").query(String.class).list();
    }

    @Test
    void householdBIsMergedIntoAWithItsClocksIntactAndTakesNoMoreWrites() {
        ApiClient anna = new ApiClient(port, "anna");
        ApiClient bram = new ApiClient(port, "bram");
        Huishouden a = melding(anna, "hh-a-" + UUID.randomUUID(), "Fatima El Amrani", "WMO_MELDING_ONDERZOEK");
        triage(anna, a);
        ApiClient.Answer planA = anna.post(pad(a) + "/plan/versies", Map.of(
                "doelen", List.of(Map.of("levensdomein", "WMO_ONDERSTEUNING", "omschrijving", "Hulp in huis")),
                "acties", List.of(Map.of("actieId", "actie-a", "omschrijving", "Indicatie aanvragen",
                        "eigenaar", "anna", "deadline", "2026-12-01"))));
        assertThat(planA.status()).as(planA.body().toString()).isEqualTo(200);
        Huishouden b = melding(anna, "hh-b-" + UUID.randomUUID(), "Youssef El Amrani", "WMO_MELDING_ONDERZOEK");
        triage(anna, b);
        // a second clock on B, suspended: its suspension must survive the merge
        ApiClient.Answer tweede = anna.post(pad(b) + "/termijnen", Map.of("hulpvraagId", b.hulpvraag(),
                "regime", "WMO_AANVRAAG_BESCHIKKING"));
        assertThat(tweede.status()).as(tweede.body().toString()).isEqualTo(201);
        String opgeschort = tweede.body().get("id").asText();
        assertThat(anna.post(pad(b) + "/termijnen/" + opgeschort + "/opschorting",
                Map.of("reden", "Aanvraag onvolledig")).status()).isEqualTo(200);
        ApiClient.Answer plan = anna.post(pad(b) + "/plan/versies", Map.of(
                "doelen", List.of(Map.of("levensdomein", "WMO_ONDERSTEUNING", "omschrijving", "Zelfstandig thuis")),
                "acties", List.of(Map.of("actieId", "actie-b", "omschrijving", "Huisbezoek plannen",
                        "eigenaar", "anna", "deadline", "2026-12-15"))));
        assertThat(plan.status()).as(plan.body().toString()).isEqualTo(200);
        JsonNode bVoor = wachtOp(anna, "/api/huishoudens/" + b.id(),
                o -> o.at("/openCasus/termijnen").size() == 2 && o.at("/openCasus/plan/versie").asInt() == 1);
        Map<String, String> vervaltOpVoor = termijnen(bVoor, "vervaltOp");
        assertThat(termijnen(bVoor, "status")).containsEntry(opgeschort, "OPGESCHORT").containsEntry(b.termijn(),
                "LOPEND");
        assertThat(deadlines(b.termijn())).hasSize(2).allSatisfy(d -> assertThat(d).contains(b.id())
                .doesNotContain(a.id()));

        // bram of Schuldhulp works on neither household
        ApiClient.Answer zonderToegang = bram.post("/api/huishoudens/" + a.id() + "/samenvoegingen",
                Map.of("bronHuishoudenId", b.id(), "reden", "Dubbel"));
        assertThat(zonderToegang.status()).as(zonderToegang.body().toString()).isEqualTo(403);
        ApiClient.Answer zichzelf = anna.post("/api/huishoudens/" + a.id() + "/samenvoegingen",
                Map.of("bronHuishoudenId", a.id(), "reden", "Dubbel"));
        assertThat(zichzelf.status()).isEqualTo(409);
        assertThat(zichzelf.body().get("regel").asText()).isEqualTo("samenvoegen-met-zichzelf");
        ApiClient.Answer onbekend = anna.post("/api/huishoudens/" + a.id() + "/samenvoegingen",
                Map.of("bronHuishoudenId", "hh-bestaat-niet", "reden", "Dubbel"));
        assertThat(onbekend.status()).isEqualTo(404);
        ApiClient.Answer zonderReden = anna.post("/api/huishoudens/" + a.id() + "/samenvoegingen",
                Map.of("bronHuishoudenId", b.id(), "reden", " "));
        assertThat(zonderReden.status()).isEqualTo(400);

        ApiClient.Answer samenvoeging = anna.post("/api/huishoudens/" + a.id() + "/samenvoegingen",
                Map.of("bronHuishoudenId", b.id(), "reden", "Zelfde gezin, via twee loketten gemeld"));
        assertThat(samenvoeging.status()).as(samenvoeging.body().toString()).isEqualTo(202);
        assertThat(samenvoeging.body().get("doelCasusId").asText()).isEqualTo(a.casus());

        JsonNode vanB = wachtOp(anna, "/api/huishoudens/" + b.id() + "/samenvoegingen",
                s -> a.id().equals(s.path("samengevoegdIn").asText()));
        assertThat(vanB.at("/samenvoegingen/0/status").asText()).isEqualTo("VOLTOOID");
        assertThat(eventTypes(b.id())).endsWith("HuishoudenMergeStarted", "CasusClosed", "HuishoudenMergedInto");
        assertThat(eventTypes(a.id())).contains("HuishoudenAbsorbed");

        // A's casus carries on with B's hulpvraag, clocks (same last day, the suspension kept), member and action
        JsonNode aNa = wachtOp(anna, "/api/huishoudens/" + a.id(), o -> o.at("/openCasus/termijnen").size() == 3);
        assertThat(teksten(aNa.at("/openCasus/hulpvragen"), "hulpvraagId")).contains(a.hulpvraag(), b.hulpvraag());
        assertThat(termijnen(aNa, "vervaltOp")).containsAllEntriesOf(vervaltOpVoor);
        assertThat(termijnen(aNa, "status")).containsEntry(opgeschort, "OPGESCHORT").containsEntry(b.termijn(),
                "LOPEND");
        assertThat(teksten(aNa.at("/leden"), "naam")).contains("Fatima El Amrani", "Youssef El Amrani");
        assertThat(teksten(aNa.at("/openCasus/plan/acties"), "actieId")).containsExactly("actie-a", "actie-b");
        assertThat(aNa.at("/openCasus/plan/openActies").asInt()).isEqualTo(2);
        assertThat(aNa.at("/openCasus/regisseur/gebruikersnaam").asText()).isEqualTo("anna");
        JsonNode bNa = wachtOp(anna, "/api/huishoudens/" + b.id(), o -> o.path("openCasus").isMissingNode()
                || o.path("openCasus").isNull());
        assertThat(bNa.get("huishoudenId").asText()).isEqualTo(b.id());

        // both histories show the merge and point to each other
        JsonNode historieB = wachtOp(anna, "/api/casussen/" + b.casus() + "/historie",
                h -> h.toString().contains("Samengevoegd"));
        assertThat(historieB.toString()).contains(a.id(), a.casus(), "SAMENGEVOEGD");
        JsonNode historieA = wachtOp(anna, "/api/casussen/" + a.casus() + "/historie",
                h -> h.toString().contains("Huishouden opgenomen"));
        assertThat(historieA.toString()).contains(b.id(), b.casus());

        // the figures: SAMENGEVOEGD is no outcome, and the moved hulpvraag is no new melding
        assertThat(jdbc.sql("SELECT count(*) FROM figuur_uitkomst WHERE uitkomst = 'SAMENGEVOEGD'")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM figuur_hulpvraag WHERE hulpvraag_id IN (:a, :b)")
                .param("a", a.hulpvraag()).param("b", b.hulpvraag()).query(Long.class).single()).isEqualTo(2);

        // B's deadlines are cancelled, A schedules the running clock's; the suspended one has none
        // (the warning and the expiry, in A's scope; the merge's metadata still names B as where it came from)
        assertThat(deadlines(b.termijn())).hasSize(2).allSatisfy(d -> assertThat(d).contains(a.id()));
        assertThat(deadlines(opgeschort)).isEmpty();

        // B takes no more writes: a melding is refused and names A; so is a second merge
        ApiClient.Answer meldingVoorB = anna.post("/api/meldingen", Map.of("huishoudenId", b.id(),
                "kanaal", "TELEFOON", "levensdomeinen", List.of("WMO_ONDERSTEUNING")));
        assertThat(meldingVoorB.status()).isEqualTo(409);
        assertThat(meldingVoorB.body().get("regel").asText()).isEqualTo("huishouden-samengevoegd");
        assertThat(meldingVoorB.body().get("detail").asText()).contains(a.id());
        ApiClient.Answer nogmaals = anna.post("/api/huishoudens/" + a.id() + "/samenvoegingen",
                Map.of("bronHuishoudenId", b.id(), "reden", "Dubbel"));
        assertThat(nogmaals.status()).isEqualTo(409);
        assertThat(nogmaals.body().get("regel").asText()).isEqualTo("huishouden-samengevoegd");

        // time passes: A's deadline fires for B's clock, with the same last day; nothing fires in B any more
        jdbc.sql("UPDATE scheduled_tasks SET execution_time = now() - interval '1 minute' "
                + "WHERE task_name <> 'idempotency-key-cleanup'").update();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(termijnEvents(a.id(), b.termijn())).contains("TermijnExpired"));
        assertThat(termijnEvents(b.id(), b.termijn())).doesNotContain("TermijnAboutToExpire", "TermijnExpired");
        JsonNode verlopen = wachtOp(anna, "/api/huishoudens/" + a.id(),
                o -> "VERLOPEN".equals(termijnen(o, "status").get(b.termijn())));
        assertThat(termijnen(verlopen, "vervaltOp")).containsEntry(b.termijn(), vervaltOpVoor.get(b.termijn()));
    }

    @Test
    void whenTheTargetClosedBeforeItCouldTakeBInBsMergeIsCancelledAndBIsAsBefore() {
        ApiClient anna = new ApiClient(port, "anna");
        Huishouden c = melding(anna, "hh-c-" + UUID.randomUUID(), null, "WMO_MELDING_ONDERZOEK");
        Huishouden d = melding(anna, "hh-d-" + UUID.randomUUID(), "Noor de Vries", "WMO_MELDING_ONDERZOEK");
        JsonNode dVoor = wachtOp(anna, "/api/huishoudens/" + d.id(), o -> o.at("/openCasus/termijnen").size() == 1);

        EventProcessor saga = processing.eventProcessor(SAGA_PROCESSOR).orElseThrow();
        saga.shutDown();
        try {
            ApiClient.Answer samenvoeging = anna.post("/api/huishoudens/" + c.id() + "/samenvoegingen",
                    Map.of("bronHuishoudenId", d.id(), "reden", "Dubbel gemeld"));
            assertThat(samenvoeging.status()).as(samenvoeging.body().toString()).isEqualTo(202);
            // meanwhile D waits for the merge
            ApiClient.Answer tijdens = anna.post("/api/meldingen", Map.of("huishoudenId", d.id(),
                    "kanaal", "TELEFOON", "levensdomeinen", List.of("WMO_ONDERSTEUNING")));
            assertThat(tijdens.status()).isEqualTo(409);
            assertThat(tijdens.body().get("regel").asText()).isEqualTo("samenvoeging-loopt");
            // and C is closed before it could take D in
            ApiClient.Answer sluiting = anna.post(pad(c) + "/sluiting",
                    Map.of("uitkomsten", Map.of(c.hulpvraag(), "EIGEN_NETWERK")));
            assertThat(sluiting.status()).as(sluiting.body().toString()).isEqualTo(200);
        } finally {
            saga.start();
        }

        JsonNode vanD = wachtOp(anna, "/api/huishoudens/" + d.id() + "/samenvoegingen",
                s -> "GEANNULEERD".equals(s.at("/samenvoegingen/0/status").asText()));
        assertThat(vanD.at("/samenvoegingen/0/regel").asText()).isEqualTo("doel-zonder-open-casus");
        assertThat(vanD.path("samengevoegdIn").isMissingNode() || vanD.path("samengevoegdIn").isNull()).isTrue();
        assertThat(eventTypes(d.id())).endsWith("HuishoudenMergeStarted", "HuishoudenMergeCancelled");
        assertThat(eventTypes(c.id())).doesNotContain("HuishoudenAbsorbed");

        // D is as it was: its casus open with its clock and deadlines, and it takes writes again
        JsonNode dNa = wachtOp(anna, "/api/huishoudens/" + d.id(), o -> o.at("/openCasus/casusId").asText()
                .equals(d.casus()));
        assertThat(termijnen(dNa, "vervaltOp")).isEqualTo(termijnen(dVoor, "vervaltOp"));
        assertThat(termijnen(dNa, "status")).containsEntry(d.termijn(), "LOPEND");
        assertThat(deadlines(d.termijn())).isNotEmpty().allSatisfy(t -> assertThat(t).contains(d.id()));
        JsonNode historie = wachtOp(anna, "/api/casussen/" + d.casus() + "/historie",
                h -> h.toString().contains("Samenvoegen geannuleerd"));
        assertThat(historie.toString()).contains(c.id(), "doel-zonder-open-casus");
        ApiClient.Answer weer = anna.post("/api/meldingen", Map.of("huishoudenId", d.id(),
                "kanaal", "TELEFOON", "levensdomeinen", List.of("WMO_ONDERSTEUNING")));
        assertThat(weer.status()).as(weer.body().toString()).isEqualTo(201);
        assertThat(weer.body().get("casusId").asText()).isEqualTo(d.casus());
    }
}
