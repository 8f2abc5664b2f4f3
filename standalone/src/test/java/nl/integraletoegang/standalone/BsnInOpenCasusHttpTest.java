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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.integraletoegang.command.bsn.BsnRegisterOpbouw;
import nl.integraletoegang.command.bsn.BsnRegisterProjectie;
import nl.integraletoegang.command.error.DomainRuleViolation;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * "One BSN is a member of at most one household with an open casus", through the API at several doors at once: the
 * command side's own BSN register, kept in the transaction that appends the events, lets exactly one of a race of
 * meldingen through and refuses the others with 409 {@code bsn-in-open-casus} naming the household that won; the
 * second door finds the household of the first and joins it; closing releases the BSNs, reopening claims them again,
 * erasure and leaving forget them, and a worker may register apart with a reason.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BsnInOpenCasusHttpTest {

    private static final String[] DEUREN = {"anna", "bram", "jet"};

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "bsn-regel");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BsnRegisterOpbouw opbouw;

    @Autowired
    BsnRegisterProjectie projectie;

    @Autowired
    PlatformTransactionManager transacties;

    @Autowired
    EventProcessingConfiguration axon;

    private ApiClient als(String gebruiker) {
        return new ApiClient(port, gebruiker);
    }

    private static Map<String, Object> lid(String naam, String geboortedatum, String bsn, String rol) {
        Map<String, Object> lid = new HashMap<>(Map.of("naam", naam, "geboortedatum", geboortedatum, "rol", rol));
        if (bsn != null) {
            lid.put("bsn", bsn);
        }
        return lid;
    }

    private static Map<String, Object> melding(String levensdomein, List<Map<String, Object>> leden) {
        return new HashMap<>(Map.of("kanaal", "TELEFOON", "levensdomeinen", List.of(levensdomein), "leden", leden,
                "omschrijving", "Zorgen"));
    }

    private static Map<String, Object> kerkstraat() {
        return Map.of("postcode", "7411 ab", "huisnummer", 12, "huisletter", "a", "straat", "Kerkstraat",
                "woonplaats", "Deventer");
    }

    private long huishoudensInDeEventStore() {
        return jdbc.sql("SELECT count(DISTINCT aggregateidentifier) FROM domainevententry WHERE type = 'Huishouden'")
                .query(Long.class).single();
    }

    private long casussenGeopend(String huishoudenId) {
        return jdbc.sql("""
                        SELECT count(*) FROM domainevententry
                        WHERE aggregateidentifier = :id AND payloadtype LIKE '%.CasusOpened'""")
                .param("id", huishoudenId).query(Long.class).single();
    }

    private static void assertBsnInOpenCasus(ApiClient.Answer antwoord, String houder) {
        assertThat(antwoord.status()).as(antwoord.body().toString()).isEqualTo(409);
        assertThat(antwoord.body().get("regel").asText()).isEqualTo("bsn-in-open-casus");
        assertThat(antwoord.body().get("huishoudenId").asText()).isEqualTo(houder);
        assertThat(antwoord.body().get("detail").asText()).contains(houder);
    }

    @ParameterizedTest(name = "{0} doors at once")
    @ValueSource(ints = {2, 8})
    void parallelMeldingenWithTheSameBsnEndInOneHousehold(int deuren) throws Exception {
        String bsn = TestBsn.nieuw();
        long huishoudensVoor = huishoudensInDeEventStore();
        ExecutorService pool = Executors.newFixedThreadPool(deuren);
        CountDownLatch klaar = new CountDownLatch(deuren);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiClient.Answer>> antwoorden = new ArrayList<>();
        try {
            for (int i = 0; i < deuren; i++) {
                ApiClient deur = als(DEUREN[i % DEUREN.length]);
                Map<String, Object> melding = melding("SCHULDEN",
                        List.of(lid("Fatima El Amrani", "1980-05-02", bsn, "OUDER")));
                antwoorden.add(pool.submit(() -> {
                    klaar.countDown();
                    start.await();
                    return deur.post("/api/meldingen", melding);
                }));
            }
            assertThat(klaar.await(10, TimeUnit.SECONDS)).isTrue();
            start.countDown();
            List<ApiClient.Answer> geregistreerd = new ArrayList<>();
            List<ApiClient.Answer> geweigerd = new ArrayList<>();
            for (Future<ApiClient.Answer> toekomst : antwoorden) {
                ApiClient.Answer antwoord = toekomst.get(60, TimeUnit.SECONDS);
                (antwoord.status() == 201 ? geregistreerd : geweigerd).add(antwoord);
            }

            assertThat(geregistreerd).as("one door registers the household").hasSize(1);
            String huishouden = geregistreerd.get(0).body().get("huishoudenId").asText();
            assertThat(geweigerd).hasSize(deuren - 1)
                    .allSatisfy(antwoord -> assertBsnInOpenCasus(antwoord, huishouden));
            assertThat(huishoudensInDeEventStore() - huishoudensVoor).isEqualTo(1);
            assertThat(casussenGeopend(huishouden)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The check before applying sees only committed claims; two doors that both found the BSN free meet in the
     * register's unique index: the second insert waits for the first transaction and, once that commits, is refused
     * naming the first household, in its own transaction, which then rolls back.
     */
    @Test
    void theRegistersUniqueIndexDecidesARaceTheCheckCouldNotSee() throws Exception {
        String bsn = TestBsn.nieuw();
        TransactionTemplate transactie = new TransactionTemplate(transacties);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch geclaimd = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        try {
            Future<?> eerste = pool.submit(() -> transactie.executeWithoutResult(status -> {
                projectie.open("hh-race-a", true);
                projectie.lid("hh-race-a", "p-a", bsn, true);
                geclaimd.countDown();
                try {
                    commit.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(geclaimd.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Throwable> tweede = pool.submit(() -> {
                try {
                    transactie.executeWithoutResult(status -> {
                        projectie.open("hh-race-b", true);
                        projectie.lid("hh-race-b", "p-b", bsn, true);
                    });
                    return null;
                } catch (DomainRuleViolation weigering) {
                    return weigering;
                }
            });
            Thread.sleep(500);
            assertThat(tweede.isDone()).as("the second door waits for the first transaction").isFalse();
            commit.countDown();
            eerste.get(10, TimeUnit.SECONDS);

            Throwable weigering = tweede.get(10, TimeUnit.SECONDS);
            assertThat(weigering).isInstanceOf(DomainRuleViolation.class);
            assertThat(((DomainRuleViolation) weigering).error().rule()).isEqualTo("bsn-in-open-casus");
            assertThat(((DomainRuleViolation) weigering).error().eigenschappen()).containsEntry("huishoudenId",
                    "hh-race-a");
            assertThat(jdbc.sql("SELECT count(*) FROM bsn_huishouden WHERE huishouden_id = 'hh-race-b'")
                    .query(Long.class).single()).as("rolled back").isZero();
        } finally {
            pool.shutdownNow();
            // not from events: a rebuild would not have them
            jdbc.sql("DELETE FROM bsn_lid WHERE huishouden_id LIKE 'hh-race-%'").update();
            jdbc.sql("DELETE FROM bsn_huishouden WHERE huishouden_id LIKE 'hh-race-%'").update();
        }
    }

    @Test
    void theSonsMeldingAtJeugdFindsHisMothersHouseholdAndJoinsItsCasus() {
        String moederBsn = TestBsn.nieuw();
        String zoonBsn = TestBsn.nieuw();
        Map<String, Object> schuldhulp = melding("SCHULDEN",
                List.of(lid("Fatima El Amrani", "1980-05-02", moederBsn, "OUDER")));
        schuldhulp.put("adres", kerkstraat());
        ApiClient.Answer maandag = als("bram").post("/api/meldingen", schuldhulp);
        assertThat(maandag.status()).as(maandag.body().toString()).isEqualTo(201);
        String huishouden = maandag.body().get("huishoudenId").asText();
        String casus = maandag.body().get("casusId").asText();

        List<Map<String, Object>> gezin = List.of(lid("Yusuf El Amrani", "2010-03-01", zoonBsn, "KIND"),
                lid("Fatima El Amrani", "1980-05-02", moederBsn, "OUDER"));
        ApiClient.Answer woensdag = als("jet").post("/api/meldingen", melding("JEUGD", gezin));
        assertBsnInOpenCasus(woensdag, huishouden);
        assertThat(woensdag.body().toString()).doesNotContain(moederBsn).doesNotContain("Amrani");

        Map<String, Object> bijHetHuishouden = melding("JEUGD", gezin);
        bijHetHuishouden.put("huishoudenId", huishouden);
        ApiClient.Answer samen = als("jet").post("/api/meldingen", bijHetHuishouden);
        assertThat(samen.status()).as(samen.body().toString()).isEqualTo(201);
        assertThat(samen.body().get("casusId").asText()).isEqualTo(casus);
        assertThat(samen.body().get("casusOpened").asBoolean()).isFalse();

        JsonNode overzicht = await().atMost(Duration.ofSeconds(20))
                .until(() -> als("jet").get("/api/huishoudens/" + huishouden),
                        antwoord -> antwoord.status() == 200
                                && antwoord.body().at("/openCasus/hulpvragen").size() == 2)
                .body();
        assertThat(overzicht.at("/openCasus/casusId").asText()).isEqualTo(casus);
        assertThat(overzicht.get("leden")).as("the mother is not registered twice").hasSize(2);
        assertThat(overzicht.get("label").asText()).isEqualTo("Huishouden El Amrani, Kerkstraat 12A, Deventer");
        assertThat(overzicht.at("/adres/postcode").asText()).isEqualTo("7411AB");
        assertThat(lidMetNaam(overzicht.get("leden"), "Fatima El Amrani").get("rol").asText()).isEqualTo("OUDER");
        assertThat(lidMetNaam(overzicht.get("leden"), "Yusuf El Amrani").get("rol").asText()).isEqualTo("KIND");
        assertThat(casussenGeopend(huishouden)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM deadletterentry").query(Long.class).single())
                .as("every projection stores the new events").isZero();
    }

    @Test
    void closingReleasesTheBsnAndReopeningClaimsItAgain() {
        String bsn = TestBsn.nieuw();
        ApiClient anna = als("anna");
        ApiClient.Answer eerste = anna.post("/api/meldingen", melding("WMO_ONDERSTEUNING",
                List.of(lid("Joost Bakker", "1950-07-30", bsn, "OUDER"))));
        assertThat(eerste.status()).isEqualTo(201);
        String huishoudenA = eerste.body().get("huishoudenId").asText();
        String casusPad = "/api/huishoudens/" + huishoudenA + "/casussen/" + eerste.body().get("casusId").asText();
        assertThat(anna.post(casusPad + "/sluiting", Map.of("uitkomsten",
                Map.of(eerste.body().get("hulpvraagId").asText(), "EIGEN_NETWERK"))).status()).isEqualTo(200);

        ApiClient.Answer tweede = als("bram").post("/api/meldingen", melding("SCHULDEN",
                List.of(lid("Joost Bakker", "1950-07-30", bsn, "OUDER"))));
        assertThat(tweede.status()).as("a closed casus holds no BSN").isEqualTo(201);
        String huishoudenB = tweede.body().get("huishoudenId").asText();

        assertBsnInOpenCasus(anna.post(casusPad + "/heropening", Map.of("reden", "Terugval")), huishoudenB);

        String persoonB = await().atMost(Duration.ofSeconds(20))
                .until(() -> als("bram").get("/api/huishoudens/" + huishoudenB),
                        antwoord -> antwoord.status() == 200 && antwoord.body().at("/leden/0/persoonId").isTextual())
                .body().at("/leden/0/persoonId").asText();
        assertThat(als("bram").post("/api/huishoudens/" + huishoudenB + "/leden/" + persoonB + "/vertrek",
                Map.of("datum", "2026-11-01", "reden", "Verhuisd naar zijn dochter")).status()).isEqualTo(200);
        assertThat(anna.post(casusPad + "/heropening", Map.of("reden", "Terugval")).status())
                .as("who left holds no BSN").isEqualTo(200);
    }

    @Test
    void erasureMakesTheRegisterForgetTheBsn() {
        String bsn = TestBsn.nieuw();
        String persoon = "p-" + UUID.randomUUID();
        Map<String, Object> lid = lid("Anna Smit", "1990-01-01", bsn, "OUDER");
        lid.put("persoonId", persoon);
        ApiClient.Answer eerste = als("anna").post("/api/meldingen", melding("WMO_ONDERSTEUNING", List.of(lid)));
        assertThat(eerste.status()).isEqualTo(201);
        String huishouden = eerste.body().get("huishoudenId").asText();
        assertBsnInOpenCasus(als("bram").post("/api/meldingen", melding("SCHULDEN",
                List.of(lid("Anna Smit", "1990-01-01", bsn, "OUDER")))), huishouden);

        ApiClient.Answer wissing = als("bea").post("/api/beheer/huishoudens/" + huishouden + "/persoonsgegevens/"
                + persoon + "/wissing", Map.of("reden", "Einde bewaartermijn"));
        assertThat(wissing.status()).as(wissing.body().toString()).isEqualTo(200);

        assertThat(als("bram").post("/api/meldingen", melding("SCHULDEN",
                List.of(lid("Anna Smit", "1990-01-01", bsn, "OUDER")))).status()).isEqualTo(201);
    }

    @Test
    void aWorkerMayRegisterApartWithAReasonAndTheHistoryShowsIt() {
        String bsn = TestBsn.nieuw();
        ApiClient.Answer eerste = als("anna").post("/api/meldingen", melding("WMO_ONDERSTEUNING",
                List.of(lid("Lotte Visser", "1985-02-02", bsn, "OUDER"))));
        String huishouden = eerste.body().get("huishoudenId").asText();

        Map<String, Object> apart = melding("SCHULDEN", List.of(lid("Lotte Visser", "1985-02-02", bsn, "OUDER")));
        apart.put("apartRegistreren", Map.of("reden", "Vrouwenopvang: adres gescheiden houden"));
        ApiClient.Answer tweede = als("bram").post("/api/meldingen", apart);
        assertThat(tweede.status()).as(tweede.body().toString()).isEqualTo(201);
        assertThat(tweede.body().get("huishoudenId").asText()).isNotEqualTo(huishouden);

        JsonNode historie = await().atMost(Duration.ofSeconds(20))
                .until(() -> als("bram").get("/api/casussen/" + tweede.body().get("casusId").asText() + "/historie"),
                        antwoord -> antwoord.status() == 200
                                && antwoord.body().get("regels").findValuesAsText("gebeurtenis")
                                .contains("Apart geregistreerd"))
                .body();
        JsonNode regel = null;
        for (JsonNode r : historie.get("regels")) {
            if (r.get("gebeurtenis").asText().equals("Apart geregistreerd")) {
                regel = r;
            }
        }
        assertThat(regel.get("reden").asText()).isEqualTo("Vrouwenopvang: adres gescheiden houden");
        assertThat(regel.get("omschrijving").asText()).contains(huishouden);

        // registered apart, the BSN stays with the first household
        assertBsnInOpenCasus(als("jet").post("/api/meldingen", melding("JEUGD",
                List.of(lid("Lotte Visser", "1985-02-02", bsn, "OUDER")))), huishouden);
        // a reason is required
        Map<String, Object> zonderReden = melding("SCHULDEN", List.of(lid("Lotte Visser", "1985-02-02", bsn, "OUDER")));
        zonderReden.put("apartRegistreren", Map.of("reden", " "));
        assertThat(als("bram").post("/api/meldingen", zonderReden).status()).isEqualTo(400);
    }

    @Test
    void membersJoinAndLeaveThroughTheirOwnEndpoints() {
        String elders = TestBsn.nieuw();
        String huishoudenElders = als("anna").post("/api/meldingen", melding("WMO_ONDERSTEUNING",
                List.of(lid("Kees Mol", "1970-01-01", elders, "OUDER")))).body().get("huishoudenId").asText();
        ApiClient bram = als("bram");
        ApiClient.Answer melding = bram.post("/api/meldingen", melding("SCHULDEN",
                List.of(lid("Ria Mol", "1972-01-01", null, "OUDER"))));
        String huishouden = melding.body().get("huishoudenId").asText();
        String leden = "/api/huishoudens/" + huishouden + "/leden";

        assertBsnInOpenCasus(bram.post(leden, Map.of("naam", "Kees Mol", "geboortedatum", "1970-01-01",
                "bsn", elders, "rol", "PARTNER", "datum", "2026-10-01")), huishoudenElders);

        String nieuwBsn = TestBsn.nieuw();
        ApiClient.Answer erbij = bram.post(leden, Map.of("naam", "Sem Mol", "geboortedatum", "2026-10-01",
                "bsn", nieuwBsn, "rol", "KIND", "datum", "2026-10-01"));
        assertThat(erbij.status()).as(erbij.body().toString()).isEqualTo(201);
        String sem = erbij.body().get("id").asText();
        ApiClient.Answer nogEens = bram.post(leden, Map.of("naam", "Sem Mol", "geboortedatum", "2026-10-01",
                "bsn", nieuwBsn, "rol", "KIND", "datum", "2026-10-01"));
        assertThat(nogEens.status()).isEqualTo(409);
        assertThat(nogEens.body().get("regel").asText()).isEqualTo("bsn-al-lid");
        assertThat(bram.post(leden, Map.of("naam", "Foute Mol", "geboortedatum", "2026-10-01",
                "bsn", "123456789", "datum", "2026-10-01")).status()).as("elfproef").isEqualTo(400);

        Map<String, Object> vertrek = Map.of("datum", "2026-12-01", "reden", "Naar pleeggezin");
        assertThat(bram.post(leden + "/" + sem + "/vertrek", vertrek).status()).isEqualTo(200);
        ApiClient.Answer tweedeKeer = bram.post(leden + "/" + sem + "/vertrek", vertrek);
        assertThat(tweedeKeer.status()).isEqualTo(409);
        assertThat(tweedeKeer.body().get("regel").asText()).isEqualTo("lid-al-vertrokken");
        assertThat(bram.post(leden + "/p-onbekend/vertrek", vertrek).status()).isEqualTo(404);

        assertThat(als("jet").post(leden, Map.of("naam", "Jet Mol", "geboortedatum", "2000-01-01",
                "datum", "2026-10-01")).status()).as("need to know").isEqualTo(403);
        assertThat(bram.post("/api/huishoudens/" + huishouden + "/verhuizing", Map.of("adres", kerkstraat(),
                "verhuisdatum", "2026-12-15")).status()).isEqualTo(200);
        assertThat(bram.post("/api/huishoudens/" + huishouden + "/verhuizing", Map.of("adres",
                Map.of("postcode", "0000XX", "huisnummer", 0), "verhuisdatum", "2026-12-15")).status())
                .isEqualTo(400);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyNamesTheSameNewHousehold() {
        String body = """
                {"kanaal": "TELEFOON", "levensdomeinen": ["SCHULDEN"],
                 "leden": [{"naam": "Piet Post", "geboortedatum": "1960-06-06", "bsn": "%s"}]}"""
                .formatted(TestBsn.nieuw());
        Map<String, String> sleutel = Map.of("Idempotency-Key", "melding-" + UUID.randomUUID());
        ApiClient.Answer eerste = als("bram").postRaw("/api/meldingen", body, sleutel);
        ApiClient.Answer nogmaals = als("bram").postRaw("/api/meldingen", body, sleutel);
        assertThat(eerste.status()).isEqualTo(201);
        assertThat(nogmaals.status()).isEqualTo(201);
        assertThat(nogmaals.body().get("huishoudenId")).isEqualTo(eerste.body().get("huishoudenId"));
    }

    @Test
    void theOverviewShowsAddressMembersWithRolesAndDatesAndALabelWithoutErasedData() {
        ApiClient anna = als("anna");
        String fatima = "p-" + UUID.randomUUID();
        Map<String, Object> moeder = lid("Fatima El Amrani", "1980-05-02", TestBsn.nieuw(), "OUDER");
        moeder.put("persoonId", fatima);
        Map<String, Object> melding = melding("WMO_ONDERSTEUNING",
                List.of(moeder, lid("Yusuf El Amrani", "2010-03-01", null, "KIND")));
        melding.put("adres", kerkstraat());
        ApiClient.Answer geregistreerd = anna.post("/api/meldingen", melding);
        assertThat(geregistreerd.status()).as(geregistreerd.body().toString()).isEqualTo(201);
        String huishouden = geregistreerd.body().get("huishoudenId").asText();
        String pad = "/api/huishoudens/" + huishouden;

        assertThat(anna.post(pad + "/leden", Map.of("naam", "Karim Bennani", "geboortedatum", "1978-01-01",
                "rol", "PARTNER", "datum", "2026-10-01")).status()).isEqualTo(201);
        assertThat(anna.post(pad + "/verhuizing", Map.of("adres", Map.of("postcode", "7411BC", "huisnummer", 3,
                "straat", "Brink", "woonplaats", "Deventer"), "verhuisdatum", "2026-10-15")).status()).isEqualTo(200);
        JsonNode leden = await().atMost(Duration.ofSeconds(20)).until(() -> anna.get(pad),
                antwoord -> antwoord.status() == 200 && antwoord.body().get("leden").size() == 3).body().get("leden");
        String yusuf = lidMetNaam(leden, "Yusuf El Amrani").get("persoonId").asText();
        assertThat(anna.post(pad + "/leden/" + yusuf + "/vertrek", Map.of("datum", "2026-11-01",
                "reden", "Op kamers")).status()).isEqualTo(200);

        JsonNode overzicht = await().atMost(Duration.ofSeconds(20)).until(() -> anna.get(pad),
                antwoord -> antwoord.status() == 200
                        && lidMetNaam(antwoord.body().get("leden"), "Yusuf El Amrani").has("vertrokkenOp")
                        && antwoord.body().at("/adres/straat").asText().equals("Brink")).body();
        assertThat(overzicht.get("label").asText()).isEqualTo("Huishouden El Amrani, Brink 3, Deventer");
        assertThat(lidMetNaam(overzicht.get("leden"), "Yusuf El Amrani").get("vertrokkenOp").asText())
                .isEqualTo("2026-11-01");
        JsonNode karim = lidMetNaam(overzicht.get("leden"), "Karim Bennani");
        assertThat(karim.get("rol").asText()).isEqualTo("PARTNER");
        assertThat(karim.get("sinds").asText()).isEqualTo("2026-10-01");
        assertThat(karim.has("vertrokkenOp")).isFalse();
        assertThat(lidMetNaam(overzicht.get("leden"), "Fatima El Amrani").get("sinds").isTextual()).isTrue();

        ApiClient bea = als("bea");
        assertThat(bea.post("/api/beheer/huishoudens/" + huishouden + "/persoonsgegevens/" + fatima + "/wissing",
                Map.of("reden", "Einde bewaartermijn")).status()).isEqualTo(200);
        assertThat(await().atMost(Duration.ofSeconds(20)).until(() -> anna.get(pad).body().get("label").asText(),
                label -> !label.contains("Amrani"))).isEqualTo("Huishouden Bennani, Brink 3, Deventer");

        assertThat(bea.post("/api/beheer/huishoudens/" + huishouden + "/persoonsgegevens/" + huishouden + "/wissing",
                Map.of("reden", "Einde bewaartermijn")).status()).isEqualTo(200);
        JsonNode gewist = await().atMost(Duration.ofSeconds(20)).until(() -> anna.get(pad).body(),
                body -> !body.get("label").asText().contains("Brink"));
        assertThat(gewist.get("label").asText()).isEqualTo("Huishouden Bennani");
        assertThat(gewist.has("adres")).isFalse();
    }

    @Test
    void theRegisterIsKeptByASubscribingProcessorInTheCommandsTransaction() {
        assertThat(axon.eventProcessor(BsnRegisterProjectie.GROEP))
                .get().isInstanceOf(SubscribingEventProcessor.class);
    }

    private static JsonNode lidMetNaam(JsonNode leden, String naam) {
        for (JsonNode lid : leden) {
            if (lid.path("naam").asText().equals(naam)) {
                return lid;
            }
        }
        throw new AssertionError("no member " + naam);
    }

    /** The hostile-input test generates requests from the description: the address's limits must be in it. */
    @Test
    void theApiDescriptionCarriesTheAddressLimits() {
        JsonNode schemas = ApiClient.anonymous(port).get("/v3/api-docs").body().at("/components/schemas");
        JsonNode adres = schemas.get("Adres").get("properties");
        assertThat(adres.at("/postcode/maxLength").asInt()).isEqualTo(6);
        assertThat(adres.at("/postcode/pattern").asText()).contains("[1-9][0-9]{3}[A-Z]{2}");
        assertThat(adres.at("/huisnummer/minimum").asInt()).isEqualTo(1);
        assertThat(adres.at("/huisnummer/maximum").asInt()).isEqualTo(99999);
        assertThat(adres.at("/huisletter/maxLength").asInt()).isEqualTo(1);
        assertThat(adres.at("/huisnummertoevoeging/maxLength").asInt()).isEqualTo(4);
        assertThat(adres.at("/straat/maxLength").asInt()).isEqualTo(128);
        assertThat(schemas.at("/ApartRegistreren/properties/reden/maxLength").asInt()).isEqualTo(2000);
    }

    @Test
    void theRegisterIsRebuiltFromTheEventStoreAfterAReset() {
        String bsn = TestBsn.nieuw();
        assertThat(als("anna").post("/api/meldingen", melding("WMO_ONDERSTEUNING",
                List.of(lid("Els Kok", "1944-04-04", bsn, "OUDER")))).status()).isEqualTo(201);
        String register = """
                SELECT huishouden_id || '/' || persoon_id || '/' || encode(bsn_sleutel, 'hex') || '/' || apart
                       || '/' || claimt FROM bsn_lid ORDER BY 1""";
        List<String> voor = jdbc.sql(register).query(String.class).list();
        assertThat(voor).isNotEmpty().noneMatch(rij -> rij.contains(bsn));

        jdbc.sql("DELETE FROM bsn_register_stand").update();
        opbouw.bouwOpAlsDatNodigIs();

        assertThat(jdbc.sql(register).query(String.class).list()).isEqualTo(voor);
        assertThat(jdbc.sql("SELECT count(*) FROM bsn_register_stand").query(Long.class).single()).isEqualTo(1);
    }
}
