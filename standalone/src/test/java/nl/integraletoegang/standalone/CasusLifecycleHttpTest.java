package nl.integraletoegang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import nl.integraletoegang.command.idempotency.IdempotencyKeyCleanup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The write API carries a casus through its whole life, and answers every kind of bad request with problem details
 * that change nothing: 400 for invalid input, 404 for unknown ids, 409 for a refused transition or a stale version.
 * Snapshots are taken every five events here, so the story also runs on households loaded from a snapshot.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "integrale-toegang.snapshots.huishouden-drempel=5")
class CasusLifecycleHttpTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "lifecycle");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdempotencyKeyCleanup idempotencyKeyCleanup;

    /** A household with a Wmo hulpvraag (anna) and a heavier schulden hulpvraag (bram), not yet triaged. */
    private record Opened(String huishouden, String casus, String wmo, String schulden) {
    }

    private Opened openCasus() {
        ApiClient anna = new ApiClient(port, "anna");
        ApiClient bram = new ApiClient(port, "bram");
        String huishouden = "hh-" + UUID.randomUUID();
        ApiClient.Answer wmo = anna.post("/api/meldingen", Map.of("huishoudenId", huishouden, "kanaal", "TELEFOON",
                "levensdomeinen", List.of("WMO_ONDERSTEUNING"), "omschrijving", "Hulp bij het huishouden",
                "leden", List.of(Map.of("naam", "Sanne Jansen", "geboortedatum", "1979-02-11", "bsn", TestBsn.nieuw())),
                "regime", "WMO_MELDING_ONDERZOEK"));
        assertThat(wmo.status()).as(wmo.body().toString()).isEqualTo(201);
        ApiClient.Answer schulden = bram.post("/api/meldingen", Map.of("huishoudenId", huishouden,
                "kanaal", "VERWIJZING_HUISARTS", "levensdomeinen", List.of("SCHULDEN"),
                "dreigingen", List.of("HUISUITZETTING"), "regime", "SCHULDHULP_VERZOEK_EERSTE_GESPREK"));
        assertThat(schulden.status()).as(schulden.body().toString()).isEqualTo(201);
        assertThat(schulden.body().get("casusId").asText()).isEqualTo(wmo.body().get("casusId").asText());
        return new Opened(huishouden, wmo.body().get("casusId").asText(), wmo.body().get("hulpvraagId").asText(),
                schulden.body().get("hulpvraagId").asText());
    }

    private static String casusPath(Opened casus) {
        return "/api/huishoudens/" + casus.huishouden() + "/casussen/" + casus.casus();
    }

    private static Map<String, Object> triage(Opened casus) {
        return Map.of("integraleHulpvraag", "Schulden dreigen tot uitzetting te leiden; zorg thuis nodig",
                "levensdomeinen", List.of("SCHULDEN", "WMO_ONDERSTEUNING"), "urgentie", "HOOG",
                "zwaarsteVraagstukHulpvraagId", casus.schulden(),
                "regisseur", Map.of("gebruikersnaam", "bram", "team", "SCHULDHULP"));
    }

    private static Map<String, Object> pijler(boolean ja, String motivering) {
        return Map.of("ja", ja, "motivering", motivering);
    }

    private static JsonNode awaitOverzicht(ApiClient client, String huishouden, Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(20))
                .until(() -> client.get("/api/huishoudens/" + huishouden),
                        answer -> answer.status() == 200 && condition.test(answer.body()))
                .body();
    }

    private List<String> eventTypes(String huishouden) {
        return jdbc.sql("""
                        SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = :id
                        ORDER BY sequencenumber""")
                .param("id", huishouden).query(String.class).list().stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    private long eventCount(String huishouden) {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = :id")
                .param("id", huishouden).query(Long.class).single();
    }

    /** A casus at the doorbraakteam, taken up by dirk; answers the path of the casus. */
    private String bijDoorbraakteam(Opened casus) {
        ApiClient bram = new ApiClient(port, "bram");
        ApiClient petra = new ApiClient(port, "petra");
        String pad = casusPath(casus);
        assertThat(bram.post(pad + "/triage", triage(casus)).status()).isEqualTo(200);
        assertThat(bram.post(pad + "/escalaties", Map.of("reden", "KETEN_STAGNEERT", "toelichting",
                "Verhuurder reageert niet")).status()).isEqualTo(201);
        assertThat(petra.post(pad + "/escalatie/oppakken", Map.of()).status()).isEqualTo(200);
        assertThat(petra.post(pad + "/escalatie/doorbraakteam", Map.of("reden", "KETEN_STAGNEERT",
                "toelichting", "Regels staan een oplossing in de weg")).status()).isEqualTo(200);
        assertThat(new ApiClient(port, "dirk").post(pad + "/escalatie/oppakken", Map.of()).status()).isEqualTo(200);
        return pad;
    }

    /** An approved doorbraak decided by dirk; answers the path of its maatwerkbudget. */
    private String goedgekeurdeDoorbraak(String pad, String oplossing) {
        ApiClient.Answer doorbraak = new ApiClient(port, "dirk").post(pad + "/doorbraken", Map.of(
                "legitimiteit", pijler(true, "Past binnen de verordening"),
                "betrokkenheid", pijler(true, "Het huishouden houdt zelf de regie"),
                "rendement", pijler(true, "Goedkoper dan uitzetting"), "oplossing", oplossing));
        assertThat(doorbraak.status()).as(doorbraak.body().toString()).isEqualTo(201);
        return pad + "/doorbraken/" + doorbraak.body().get("id").asText() + "/maatwerkbudget";
    }

    private long count(String huishouden, String eventType) {
        return eventTypes(huishouden).stream().filter(eventType::equals).count();
    }

    @Test
    void maatwerkbudgetIsRequestedByOneAndApprovedOrRefusedByAnotherAuthenticatedPerson() {
        Opened casus = openCasus();
        String pad = bijDoorbraakteam(casus);
        String budget = goedgekeurdeDoorbraak(pad, "Huurachterstand overnemen");
        ApiClient dirk = new ApiClient(port, "dirk");
        ApiClient dana = new ApiClient(port, "dana");

        // nothing to approve before a request
        ApiClient.Answer zonderAanvraag = dana.post(budget + "/goedkeuring", Map.of());
        assertThat(zonderAanvraag.status()).isEqualTo(409);
        assertThat(zonderAanvraag.body().get("regel").asText()).isEqualTo("budget-niet-aangevraagd");

        assertThat(dirk.post(budget, Map.of("bedrag", "2450.00", "bestemming", "Huurachterstand")).status())
                .isEqualTo(200);
        JsonNode aangevraagd = awaitOverzicht(dirk, casus.huishouden(),
                o -> o.at("/openCasus/escalatie/doorbraken/0/aangevraagdBudget").isNumber());
        assertThat(aangevraagd.at("/openCasus/escalatie/doorbraken/0/aangevraagdBudget").decimalValue())
                .isEqualByComparingTo("2450.00");
        assertThat(aangevraagd.at("/openCasus/escalatie/doorbraken/0/budgetAanvrager").asText()).isEqualTo("dirk");
        assertThat(aangevraagd.at("/openCasus/escalatie/doorbraken/0/budget").isNumber()).isFalse();

        // dirk is dirk in any spelling the login accepts: he approves nor refuses his own request
        long voor = eventCount(casus.huishouden());
        for (ApiClient zelf : List.of(dirk, new ApiClient(port, "DIRK", "dirk"), new ApiClient(port, "Dirk", "dirk"))) {
            ApiClient.Answer goedkeuring = zelf.post(budget + "/goedkeuring", Map.of());
            assertThat(goedkeuring.status()).as(goedkeuring.body().toString()).isEqualTo(409);
            assertThat(goedkeuring.body().get("regel").asText()).isEqualTo("vier-ogen");
            ApiClient.Answer afwijzing = zelf.post(budget + "/afwijzing", Map.of("reden", "Toch niet"));
            assertThat(afwijzing.status()).isEqualTo(409);
            assertThat(afwijzing.body().get("regel").asText()).isEqualTo("vier-ogen");
        }
        // a procesregisseur has no right to approve
        assertThat(new ApiClient(port, "petra").post(budget + "/goedkeuring", Map.of()).status()).isEqualTo(403);
        assertThat(eventCount(casus.huishouden())).isEqualTo(voor);

        // dana refuses, with a reason; afterwards dirk asks again and dana approves
        assertThat(dana.post(budget + "/afwijzing", Map.of("reden", " ")).status()).isEqualTo(400);
        assertThat(dana.post(budget + "/afwijzing", Map.of("reden", "De corporatie schiet de helft voor"))
                .status()).isEqualTo(200);
        assertThat(dirk.post(budget, Map.of("bedrag", "1200.00")).status()).isEqualTo(200);
        ApiClient.Answer goedgekeurd = dana.post(budget + "/goedkeuring", Map.of());
        assertThat(goedgekeurd.status()).as(goedgekeurd.body().toString()).isEqualTo(200);
        ApiClient.Answer nogmaals = new ApiClient(port, "DANA", "dana").post(budget + "/goedkeuring", Map.of());
        assertThat(nogmaals.status()).isEqualTo(409);
        assertThat(nogmaals.body().get("regel").asText()).isEqualTo("budget-al-toegekend");
        JsonNode toegekend = awaitOverzicht(dirk, casus.huishouden(),
                o -> o.at("/openCasus/escalatie/doorbraken/0/budget").isNumber());
        assertThat(toegekend.at("/openCasus/escalatie/doorbraken/0/budget").decimalValue())
                .isEqualByComparingTo("1200.00");
        assertThat(toegekend.at("/openCasus/escalatie/doorbraken/0/aangevraagdBudget").isNumber()).isFalse();
        assertThat(eventTypes(casus.huishouden())).containsSubsequence("DoorbraakApproved",
                "MaatwerkbudgetRequested", "MaatwerkbudgetRefused", "MaatwerkbudgetRequested",
                "MaatwerkbudgetGranted");

        // the history tells the steps in words, with who did them and the refusal's reason in its own column
        ApiClient aart = new ApiClient(port, "aart");
        String historie = "/api/casussen/" + casus.casus() + "/historie";
        JsonNode regels = await().atMost(Duration.ofSeconds(20)).until(() -> aart.get(historie),
                answer -> answer.status() == 200
                        && answer.body().get("totaal").asLong() == eventCount(casus.huishouden())).body().get("regels");
        assertThat(regels).filteredOn(regel -> regel.get("gebeurtenis").asText().startsWith("Maatwerkbudget"))
                .extracting(regel -> regel.get("gebeurtenis").asText() + "/" + regel.get("actor").asText())
                .containsExactly("Maatwerkbudget aangevraagd/dirk", "Maatwerkbudget afgewezen/dana",
                        "Maatwerkbudget aangevraagd/dirk", "Maatwerkbudget toegekend/dana");
        assertThat(regels).filteredOn(regel -> regel.get("gebeurtenis").asText().equals("Maatwerkbudget afgewezen"))
                .singleElement().satisfies(regel -> {
                    assertThat(regel.get("reden").asText()).isEqualTo("De corporatie schiet de helft voor");
                    assertThat(regel.get("omschrijving").asText()).doesNotContain("corporatie");
                });
        assertThat(regels.toString()).doesNotContain("Huurachterstand\"");

        // a name typed into the request approves nothing: at most it is dirk's own request (or refused as unknown)
        String tweede = goedgekeurdeDoorbraak(pad, "Energieschuld overnemen");
        ApiClient.Answer metNaam = dirk.post(tweede, Map.of("bedrag", "300.00", "goedkeurder", "dana"));
        assertThat(metNaam.status()).as(metNaam.body().toString()).isIn(200, 400);
        assertThat(count(casus.huishouden(), "MaatwerkbudgetGranted")).isEqualTo(1);
        ApiClient.Answer zelfNaVerzoek = dirk.post(tweede + "/goedkeuring", Map.of("goedkeurder", "dana"));
        assertThat(zelfNaVerzoek.status()).isEqualTo(409);
        assertThat(count(casus.huishouden(), "MaatwerkbudgetGranted")).isEqualTo(1);
    }

    @Test
    void aCasusGoesFromMeldingThroughEscalationAndDoorbraakToClosure() {
        ApiClient bram = new ApiClient(port, "bram");
        ApiClient petra = new ApiClient(port, "petra");
        ApiClient dirk = new ApiClient(port, "dirk");
        // Two meldingen at two counters end up in one casus: no wrong door, one household, one casus.
        Opened casus = openCasus();
        String pad = casusPath(casus);

        // Triage: the heaviest question is the debt, so bram of Schuldhulp becomes the one casusregisseur.
        assertThat(bram.post(pad + "/triage", triage(casus)).status()).isEqualTo(200);

        // The plan: a goal per levensdomein and an action with an owner and a due date.
        ApiClient.Answer plan = bram.post(pad + "/plan/versies", Map.of(
                "doelen", List.of(Map.of("levensdomein", "SCHULDEN", "omschrijving", "Uitzetting voorkomen")),
                "acties", List.of(Map.of("actieId", "actie-1", "omschrijving", "Betalingsregeling met verhuurder",
                        "eigenaar", "bram", "deadline", "2026-12-15"))));
        assertThat(plan.status()).as(plan.body().toString()).isEqualTo(200);

        // The household overview shows 1 huishouden, 1 plan, 1 regisseur.
        JsonNode overzicht = awaitOverzicht(bram, casus.huishouden(), o -> o.at("/openCasus/plan/versie").asInt() == 1);
        assertThat(overzicht.at("/leden/0/naam").asText()).isEqualTo("Sanne Jansen");
        assertThat(overzicht.at("/leden/0").has("bsn")).isFalse();
        assertThat(overzicht.at("/openCasus/regisseur/gebruikersnaam").asText()).isEqualTo("bram");
        assertThat(overzicht.at("/openCasus/urgentie").asText()).isEqualTo("HOOG");
        assertThat(overzicht.at("/openCasus/plan/openActies").asInt()).isEqualTo(1);
        assertThat(overzicht.at("/openCasus/plan/acties/0/eigenaar").asText()).isEqualTo("bram");
        assertThat(overzicht.at("/openCasus/hulpvragenPerTeam/SCHULDHULP").asInt()).isEqualTo(1);
        assertThat(overzicht.at("/openCasus/hulpvragenPerLevensdomein/WMO_ONDERSTEUNING").asInt()).isEqualTo(1);
        assertThat(overzicht.at("/openCasus/termijnen")).hasSize(2).allSatisfy(termijn -> {
            assertThat(termijn.get("status").asText()).isEqualTo("LOPEND");
            assertThat(termijn.get("dagenOver").asInt()).isBetween(0, 42);
        });

        // The chain stalls: escalation to a procesregisseur, who takes it up and passes it on to the doorbraakteam.
        ApiClient.Answer escalatie = bram.post(pad + "/escalaties", Map.of("reden", "KETEN_STAGNEERT",
                "toelichting", "Verhuurder en energieleverancier reageren niet"));
        assertThat(escalatie.status()).as(escalatie.body().toString()).isEqualTo(201);
        assertThat(petra.post(pad + "/escalatie/oppakken", Map.of()).status()).isEqualTo(200);
        assertThat(petra.post(pad + "/escalatie/doorbraakteam", Map.of("reden", "KETEN_STAGNEERT",
                "toelichting", "Regels staan een oplossing in de weg")).status()).isEqualTo(200);
        assertThat(dirk.post(pad + "/escalatie/oppakken", Map.of()).status()).isEqualTo(200);
        JsonNode geescaleerd = awaitOverzicht(bram, casus.huishouden(),
                o -> o.at("/openCasus/escalatie/opgepaktDoor").asText().equals("dirk"));
        assertThat(geescaleerd.at("/openCasus/escalatie/niveau").asText()).isEqualTo("DOORBRAAKTEAM");
        assertThat(geescaleerd.at("/openCasus/escalatie/reden").asText()).isEqualTo("KETEN_STAGNEERT");

        // A doorbraak without three motivated "yes" answers is rejected, not approved.
        ApiClient.Answer afgewezen = dirk.post(pad + "/doorbraken", Map.of(
                "legitimiteit", pijler(true, "Past binnen de verordening"),
                "betrokkenheid", pijler(false, "Het huishouden wil dit niet"),
                "rendement", pijler(true, "Goedkoper dan uitzetting"), "oplossing", "Tijdelijke woonruimte"));
        assertThat(afgewezen.status()).isEqualTo(201);
        ApiClient.Answer doorbraak = dirk.post(pad + "/doorbraken", Map.of(
                "legitimiteit", pijler(true, "Past binnen de verordening"),
                "betrokkenheid", pijler(true, "Het huishouden houdt zelf de regie"),
                "rendement", pijler(true, "Goedkoper dan uitzetting"), "oplossing", "Huurachterstand overnemen"));
        assertThat(doorbraak.status()).isEqualTo(201);
        String doorbraakPad = pad + "/doorbraken/" + doorbraak.body().get("id").asText() + "/maatwerkbudget";

        // Four eyes: dirk requests the maatwerkbudget and cannot approve it himself; dana, another member of the
        // doorbraakteam, approves it by acting herself.
        assertThat(dirk.post(doorbraakPad, Map.of("bedrag", "2450.00", "bestemming", "Huurachterstand")).status())
                .isEqualTo(200);
        ApiClient.Answer zelf = dirk.post(doorbraakPad + "/goedkeuring", Map.of());
        assertThat(zelf.status()).isEqualTo(409);
        assertThat(zelf.body().get("regel").asText()).isEqualTo("vier-ogen");
        ApiClient dana = new ApiClient(port, "dana");
        assertThat(dana.post(doorbraakPad + "/goedkeuring", Map.of()).status()).isEqualTo(200);

        // Handed back with the agreed plan; closing is refused while the action is open.
        assertThat(dirk.post(pad + "/escalatie/teruggave", Map.of("afgesprokenPlan",
                "Gemeente neemt achterstand over, budgetbeheer start")).status()).isEqualTo(200);
        Map<String, Object> uitkomsten = Map.of("uitkomsten", Map.of(casus.wmo(), "VOORLIGGEND_VELD",
                casus.schulden(), "MAATWERKVOORZIENING"));
        ApiClient.Answer teVroeg = bram.post(pad + "/sluiting", uitkomsten);
        assertThat(teVroeg.status()).isEqualTo(409);
        assertThat(teVroeg.body().get("regel").asText()).isEqualTo("sluiten-met-open-acties");
        assertThat(teVroeg.body().get("detail").asText()).contains("1 plan-actie staat nog open");

        assertThat(bram.post(pad + "/plan/acties/actie-1/afronding", Map.of()).status()).isEqualTo(200);
        ApiClient.Answer gesloten = bram.post(pad + "/sluiting", uitkomsten);
        assertThat(gesloten.status()).as(gesloten.body().toString()).isEqualTo(200);

        // A closed casus takes no more work until it is reopened with a reason.
        assertThat(bram.post(pad + "/escalaties", Map.of("reden", "KETEN_STAGNEERT", "toelichting", "x")).status())
                .isEqualTo(409);
        assertThat(awaitOverzicht(bram, casus.huishouden(), o -> o.at("/openCasus").isMissingNode())
                .at("/leden")).hasSize(1);
        assertThat(bram.post(pad + "/heropening", Map.of("reden", "Nieuwe betalingsachterstand")).status())
                .isEqualTo(200);
        JsonNode heropend = awaitOverzicht(bram, casus.huishouden(), o -> !o.at("/openCasus").isMissingNode());
        assertThat(heropend.at("/openCasus/escalatie").isMissingNode()).isTrue();
        assertThat(heropend.at("/openCasus/termijnen")).allSatisfy(t -> assertThat(t.get("status").asText())
                .isEqualTo("GESTOPT"));

        assertThat(eventTypes(casus.huishouden())).containsSubsequence("CasusOpened", "LidRegistered",
                "MeldingRegistered", "TermijnStarted", "MeldingRegistered", "TermijnStarted", "CasusTriaged",
                "CasusregisseurAppointed", "PlanVersionAdopted", "CasusEscalatedToProcesregisseur",
                "EscalatieTakenUp", "CasusEscalatedToDoorbraakteam", "EscalatieTakenUp", "DoorbraakRejected",
                "DoorbraakApproved", "MaatwerkbudgetRequested", "MaatwerkbudgetGranted", "CasusHandedBack",
                "PlanActieCompleted",
                "TermijnStopped", "TermijnStopped", "CasusClosed", "CasusReopened");
        // the audit history: every event with actor, role and team; paged, newest first, filtered by actor
        ApiClient aart = new ApiClient(port, "aart");
        String historie = "/api/casussen/" + casus.casus() + "/historie";
        JsonNode volledig = await().atMost(Duration.ofSeconds(20)).until(() -> aart.get(historie),
                answer -> answer.status() == 200 && answer.body().get("totaal").asLong() == eventCount(casus.huishouden()))
                .body();
        assertThat(volledig.at("/regels/0/gebeurtenis").asText()).isEqualTo("Casus geopend");
        JsonNode laatste = aart.get(historie + "?volgorde=NIEUW_OUD&grootte=2").body();
        assertThat(laatste.get("regels")).hasSize(2);
        assertThat(laatste.at("/regels/0/gebeurtenis").asText()).isEqualTo("Casus heropend");
        assertThat(laatste.at("/regels/0/reden").asText()).isEqualTo("Nieuwe betalingsachterstand");
        JsonNode vanDirk = aart.get(historie + "?actor=dirk").body();
        assertThat(vanDirk.get("regels")).isNotEmpty().allSatisfy(regel -> {
            assertThat(regel.get("actor").asText()).isEqualTo("dirk");
            assertThat(regel.get("rol").asText()).isEqualTo("DOORBRAAKTEAM");
        });
        assertThat(vanDirk.at("/regels").toString()).contains("Doorbraak goedgekeurd", "Maatwerkbudget aangevraagd");
        assertThat(vanDirk.at("/regels").toString()).doesNotContain("Maatwerkbudget toegekend");
        JsonNode vanDana = aart.get(historie + "?actor=DANA").body();
        assertThat(vanDana.get("regels")).singleElement().satisfies(regel -> {
            assertThat(regel.get("actor").asText()).isEqualTo("dana");
            assertThat(regel.get("gebeurtenis").asText()).isEqualTo("Maatwerkbudget toegekend");
            assertThat(regel.get("omschrijving").asText()).contains("aangevraagd door dirk", "goedgekeurd door dana")
                    .doesNotContain("Huurachterstand");
        });
        ApiClient.Answer teGroot = aart.get(historie + "?grootte=1000");
        assertThat(teGroot.status()).isEqualTo(400);
        assertThat(teGroot.body().at("/fouten/0/melding").asText()).isEqualTo("Mag hoogstens 500 zijn.");
        ApiClient.Answer onbekendeVolgorde = aart.get(historie + "?volgorde=WILLEKEURIG");
        assertThat(onbekendeVolgorde.status()).isEqualTo(400);
        assertThat(onbekendeVolgorde.body().get("detail").asText()).contains("NIEUW_OUD");

        // the household's long history is loaded from snapshots, taken every five events
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                        "SELECT count(*) FROM snapshotevententry WHERE aggregateidentifier = :id")
                .param("id", casus.huishouden()).query(Long.class).single() > 0);
        // every event carries who did it, in which role and team, under which correlation id
        List<String> metadata = jdbc.sql("""
                        SELECT convert_from(metadata, 'UTF8') FROM domainevententry WHERE aggregateidentifier = :id""")
                .param("id", casus.huishouden()).query(String.class).list();
        assertThat(metadata).allSatisfy(m -> assertThat(m).contains("\"actor\":", "\"role\":", "\"correlationId\":"));
    }

    @Test
    void invalidInputIsA400ThatNamesTheFieldAndWritesNothing() {
        ApiClient bram = new ApiClient(port, "bram");
        Opened casus = openCasus();
        long before = eventCount(casus.huishouden());

        ApiClient.Answer zonderUrgentie = bram.post(casusPath(casus) + "/triage", Map.of(
                "levensdomeinen", List.of("SCHULDEN"), "zwaarsteVraagstukHulpvraagId", casus.schulden(),
                "regisseur", Map.of("gebruikersnaam", "bram", "team", "SCHULDHULP")));
        assertThat(zonderUrgentie.status()).isEqualTo(400);
        assertThat(zonderUrgentie.headers().getContentType()).hasToString("application/problem+json");
        assertThat(zonderUrgentie.body().at("/fouten/0/veld").asText()).isEqualTo("urgentie");

        ApiClient.Answer onbekendeReden = bram.postRaw(casusPath(casus) + "/escalaties",
                "{\"reden\": \"GEEN_ZIN\", \"toelichting\": \"x\"}", Map.of());
        assertThat(onbekendeReden.status()).isEqualTo(400);
        // the detail names the field and its choices, never what was sent
        assertThat(onbekendeReden.body().get("detail").asText()).contains("'reden'", "KETEN_STAGNEERT")
                .doesNotContain("GEEN_ZIN");

        ApiClient.Answer ongeldigBsn = bram.post("/api/meldingen", Map.of("huishoudenId", casus.huishouden(),
                "kanaal", "POST", "levensdomeinen", List.of("WERK"),
                "leden", List.of(Map.of("naam", "Kees", "geboortedatum", "1990-01-01", "bsn", "123456789"))));
        assertThat(ongeldigBsn.status()).isEqualTo(400);

        ApiClient.Answer onbekendRegime = bram.post("/api/meldingen", Map.of("huishoudenId", casus.huishouden(),
                "kanaal", "POST", "levensdomeinen", List.of("WERK"), "regime", "ONBEKEND"));
        assertThat(onbekendRegime.status()).isEqualTo(400);
        assertThat(onbekendRegime.body().get("regel").asText()).isEqualTo("onbekend-regime");

        assertThat(eventCount(casus.huishouden())).isEqualTo(before);
    }

    @Test
    void unknownHouseholdsCasussenAndActionsAre404() {
        ApiClient bram = new ApiClient(port, "bram");
        Opened casus = openCasus();

        ApiClient.Answer onbekendHuishouden = bram.post("/api/huishoudens/hh-bestaat-niet/casussen/c-1/triage",
                triage(casus));
        assertThat(onbekendHuishouden.status()).isEqualTo(404);
        assertThat(onbekendHuishouden.body().get("regel").asText()).isEqualTo("huishouden-onbekend");
        // a failed load must not leave an empty household behind
        assertThat(eventCount("hh-bestaat-niet")).isZero();

        ApiClient.Answer onbekendeCasus = bram.post("/api/huishoudens/" + casus.huishouden()
                + "/casussen/andere-casus/triage", triage(casus));
        assertThat(onbekendeCasus.status()).isEqualTo(404);
        assertThat(onbekendeCasus.body().get("regel").asText()).isEqualTo("casus-onbekend");

        ApiClient.Answer onbekendeActie = bram.post(casusPath(casus) + "/plan/acties/bestaat-niet/afronding",
                Map.of());
        assertThat(onbekendeActie.status()).isEqualTo(404);
    }

    @Test
    void aRefusedTransitionIsA409ThatNamesTheRuleInDutch() {
        ApiClient anna = new ApiClient(port, "anna");
        Opened casus = openCasus();
        long before = eventCount(casus.huishouden());

        // the regisseur comes from the team with the heaviest question (Schuldhulp), not from Wmo
        Map<String, Object> verkeerdTeam = new java.util.HashMap<>(triage(casus));
        verkeerdTeam.put("regisseur", Map.of("gebruikersnaam", "anna", "team", "WMO"));
        ApiClient.Answer answer = anna.post(casusPath(casus) + "/triage", verkeerdTeam);

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.body().get("regel").asText()).isEqualTo("regisseur-uit-team-zwaarste-vraagstuk");
        assertThat(answer.body().get("detail").asText()).contains("zwaarste vraagstuk", "SCHULDHULP");
        assertThat(anna.post(casusPath(casus) + "/escalaties", Map.of("reden", "KETEN_STAGNEERT",
                "toelichting", "Te vroeg")).body().get("regel").asText()).isEqualTo("escalatie-na-triage");
        assertThat(eventCount(casus.huishouden())).isEqualTo(before);
    }

    @Test
    void aStaleIfMatchVersionIsA409AndNeverASilentOverwrite() {
        ApiClient bram = new ApiClient(port, "bram");
        Opened casus = openCasus();
        ApiClient.Answer triaged = bram.post(casusPath(casus) + "/triage", triage(casus));
        String current = triaged.headers().getETag();
        assertThat(current).isEqualTo("\"" + triaged.body().get("versie").asLong() + "\"");

        ApiClient.Answer basedOnCurrent = bram.postRaw(casusPath(casus) + "/escalaties",
                "{\"reden\": \"RISICO_ZORG_EN_VEILIGHEID\", \"toelichting\": \"Zorgen om de kinderen\"}",
                Map.of("If-Match", current));
        assertThat(basedOnCurrent.status()).isEqualTo(201);
        long after = eventCount(casus.huishouden());

        ApiClient.Answer stale = bram.postRaw(casusPath(casus) + "/regisseur",
                "{\"gebruikersnaam\": \"kees\", \"team\": \"SCHULDHULP\", \"reden\": \"Verlof\"}",
                Map.of("If-Match", current));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("regel").asText()).isEqualTo("verouderde-versie");
        assertThat(eventCount(casus.huishouden())).isEqualTo(after);

        ApiClient.Answer malformed = bram.postRaw(casusPath(casus) + "/regisseur",
                "{\"gebruikersnaam\": \"kees\", \"team\": \"SCHULDHULP\", \"reden\": \"Verlof\"}",
                Map.of("If-Match", "versie-twaalf"));
        assertThat(malformed.status()).isEqualTo(400);
    }

    @Test
    void concurrentWritesOnOneVersionLetExactlyOneThrough() throws Exception {
        Opened casus = openCasus();
        ApiClient bram = new ApiClient(port, "bram");
        String version = bram.post(casusPath(casus) + "/triage", triage(casus)).headers().getETag();
        long before = eventCount(casus.huishouden());

        List<Callable<Integer>> racers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String gebruiker = "regisseur-" + i;
            racers.add(() -> new ApiClient(port, "bram").postRaw(casusPath(casus) + "/regisseur",
                    "{\"gebruikersnaam\": \"%s\", \"team\": \"SCHULDHULP\", \"reden\": \"Overdracht\"}"
                            .formatted(gebruiker), Map.of("If-Match", version)).status());
        }
        ExecutorService pool = Executors.newFixedThreadPool(racers.size());
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> status : pool.invokeAll(racers)) {
                statuses.add(status.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(eventCount(casus.huishouden())).isEqualTo(before + 1);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyIsAnsweredButNotAppliedTwice() {
        ApiClient anna = new ApiClient(port, "anna");
        String huishouden = "hh-" + UUID.randomUUID();
        String body = """
                {"huishoudenId": "%s", "kanaal": "EMAIL", "levensdomeinen": ["INKOMEN"]}""".formatted(huishouden);
        Map<String, String> key = Map.of("Idempotency-Key", "melding-" + UUID.randomUUID());

        ApiClient.Answer first = anna.postRaw("/api/meldingen", body, key);
        ApiClient.Answer retry = anna.postRaw("/api/meldingen", body, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body().get("hulpvraagId")).isEqualTo(first.body().get("hulpvraagId"));
        assertThat(eventTypes(huishouden)).containsExactly("CasusOpened", "MeldingRegistered");

        // the same key for a different request is refused instead of silently answered with the first result
        ApiClient.Answer reused = anna.postRaw("/api/meldingen", body.replace("INKOMEN", "WERK"), key);
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.body().get("regel").asText()).isEqualTo("idempotency-key-hergebruikt");
        assertThat(eventTypes(huishouden)).hasSize(2);

        // keys are forgotten after their retention (seven days by default), not before
        jdbc.sql("INSERT INTO idempotency_key (owner, key, fingerprint, created_at) "
                + "VALUES ('anna', 'oude-sleutel', 'x', now() - interval '8 days')").update();
        idempotencyKeyCleanup.forgetExpiredKeys();
        assertThat(jdbc.sql("SELECT key FROM idempotency_key WHERE owner = 'anna'").query(String.class).list())
                .contains(key.get("Idempotency-Key")).doesNotContain("oude-sleutel");

        // without a key, the same request is a new melding: it joins the open casus as a second hulpvraag
        assertThat(anna.postRaw("/api/meldingen", body, Map.of()).status()).isEqualTo(201);
        assertThat(eventTypes(huishouden)).containsExactly("CasusOpened", "MeldingRegistered", "MeldingRegistered");
    }
}
