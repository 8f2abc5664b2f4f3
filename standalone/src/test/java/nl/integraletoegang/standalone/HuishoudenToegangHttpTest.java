package nl.integraletoegang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Need to know reads a model of its own (processing group {@code huishoudentoegang}): while the beheerder rebuilds the
 * household overview, workers keep access to their households, and rebuilding the need-to-know model alone from the
 * event store gives every user the same answers as before.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HuishoudenToegangHttpTest {

    private static final List<String> GEBRUIKERS = List.of("anna", "bram", "jet", "petra", "dirk", "dana", "aart",
            "maria", "bea");
    private static final List<String> TOEGANG_TABELLEN = List.of("toegang_casus", "toegang_hulpvraag",
            "toegang_samenvoeging", "toegang_escalatie", "toegang_versie");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "toegang");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private record Casus(String huishouden, String casus, String hulpvraag) {
        String pad() {
            return "/api/huishoudens/" + huishouden + "/casussen/" + casus;
        }
    }

    private Casus melding(String gebruiker, String huishouden, String levensdomein) {
        ApiClient.Answer answer = new ApiClient(port, gebruiker).post("/api/meldingen", Map.of(
                "huishoudenId", huishouden, "kanaal", "TELEFOON", "levensdomeinen", List.of(levensdomein),
                "omschrijving", "Hulp gevraagd", "regime", "WMO_MELDING_ONDERZOEK",
                "leden", List.of(Map.of("naam", "Noor de Vries", "geboortedatum", "1984-03-09"))));
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        return new Casus(huishouden, answer.body().get("casusId").asText(),
                answer.body().get("hulpvraagId").asText());
    }

    private void ok(ApiClient.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
    }

    private void triage(Casus casus, String regisseur, String team) {
        ok(new ApiClient(port, regisseur).post(casus.pad() + "/triage", Map.of("integraleHulpvraag", "Zorg thuis",
                "levensdomeinen", List.of("WMO_ONDERSTEUNING"), "urgentie", "NORMAAL",
                "zwaarsteVraagstukHulpvraagId", casus.hulpvraag(),
                "regisseur", Map.of("gebruikersnaam", regisseur, "team", team))), 200);
    }

    /**
     * A household of bram's (Schuldhulp) casus, with a hulpvraag anna registered routed on to Jeugd, escalated to
     * the procesregisseur and taken up by petra.
     */
    private Casus geescaleerdHuishouden() {
        Casus casus = melding("bram", "hh-toegang-" + UUID.randomUUID(), "SCHULDEN");
        Casus wmo = melding("anna", casus.huishouden(), "WMO_ONDERSTEUNING");
        assertThat(wmo.casus()).isEqualTo(casus.casus());
        triage(casus, "bram", "SCHULDHULP");
        ok(new ApiClient(port, "bram").post(casus.pad() + "/routering", Map.of("hulpvraagId", wmo.hulpvraag(),
                "naarTeam", "JEUGD")), 200);
        ok(new ApiClient(port, "bram").post(casus.pad() + "/escalaties", Map.of("reden", "KETEN_STAGNEERT",
                "toelichting", "Afspraken lopen vast")), 201);
        ok(new ApiClient(port, "petra").post(casus.pad() + "/escalatie/oppakken", Map.of()), 200);
        return casus;
    }

    private int status(String gebruiker, String pad) {
        return new ApiClient(port, gebruiker).get(pad).status();
    }

    /** What need to know answers each user for each household and each casus (200, 404, or 403 for their role). */
    private Map<String, Integer> antwoorden(List<Casus> casussen) {
        Map<String, Integer> antwoorden = new LinkedHashMap<>();
        for (String gebruiker : GEBRUIKERS) {
            for (Casus casus : casussen) {
                String samenvoegingen = "/api/huishoudens/" + casus.huishouden() + "/samenvoegingen";
                antwoorden.put(gebruiker + " " + samenvoegingen, status(gebruiker, samenvoegingen));
                String historie = "/api/casussen/" + casus.casus() + "/historie";
                antwoorden.put(gebruiker + " " + historie, status(gebruiker, historie));
            }
        }
        return antwoorden;
    }

    private Map<String, List<String>> toegangTabellen() {
        Map<String, List<String>> inhoud = new LinkedHashMap<>();
        for (String tabel : TOEGANG_TABELLEN) {
            inhoud.put(tabel, jdbc.sql("SELECT t::text FROM " + tabel + " t ORDER BY 1").query(String.class).list());
        }
        return inhoud;
    }

    private JsonNode stand(String projectie) {
        ApiClient.Answer answer = new ApiClient(port, "bea").get("/api/beheer/projecties/" + projectie);
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }

    private void awaitBijgewerkt(String projectie) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode stand = stand(projectie);
            assertThat(stand.get("actief").asBoolean()).isTrue();
            assertThat(stand.get("herbouwt").asBoolean()).isFalse();
            assertThat(stand.get("achterstand").asLong()).isZero();
        });
    }

    private boolean geblokkeerd(String projectie, String huishouden) {
        JsonNode huishoudens = new ApiClient(port, "bea")
                .get("/api/beheer/projecties/" + projectie + "/geblokkeerde-huishoudens").body();
        return StreamSupport.stream(huishoudens.spliterator(), false)
                .anyMatch(h -> h.get("huishoudenId").asText().equals(huishouden));
    }

    @Test
    void whileTheOverviewIsRebuiltWorkersKeepAccessToTheirHouseholds() {
        Casus casus = geescaleerdHuishouden();
        String samenvoegingen = "/api/huishoudens/" + casus.huishouden() + "/samenvoegingen";
        String historie = "/api/casussen/" + casus.casus() + "/historie";
        await().atMost(Duration.ofSeconds(20)).until(() -> status("bram", "/api/huishoudens/" + casus.huishouden())
                == 200 && status("petra", historie) == 200 && status("jet", historie) == 200);

        // the rebuild empties the overview and replays it; this household's events are held up in the replay (as a
        // slow replay of a large store would hold them), so the overview does not know the household meanwhile
        jdbc.sql("ALTER TABLE casus_overzicht ADD CONSTRAINT toegang_test_houdt_op CHECK (huishouden_id <> '%s') "
                .formatted(casus.huishouden()) + "NOT VALID").update();
        try {
            ok(new ApiClient(port, "bea").post("/api/beheer/projecties/huishoudenoverzicht/herbouw", Map.of()), 202);
            await().atMost(Duration.ofSeconds(30)).until(() -> geblokkeerd("huishoudenoverzicht", casus.huishouden()));
            awaitBijgewerkt("huishoudenoverzicht");
            assertThat(jdbc.sql("SELECT count(*) FROM casus_overzicht WHERE huishouden_id = :id")
                    .param("id", casus.huishouden()).query(Long.class).single()).isZero();
            assertThat(status("bram", "/api/huishoudens/" + casus.huishouden())).isEqualTo(404);

            // need to know still answers: the regisseur, a team with a hulpvraag, the level that took it up
            for (String gebruiker : List.of("bram", "jet", "petra")) {
                assertThat(status(gebruiker, samenvoegingen)).as(gebruiker).isEqualTo(200);
                assertThat(status(gebruiker, historie)).as(gebruiker).isEqualTo(200);
            }
            assertThat(status("aart", historie)).isEqualTo(200);
            // and still refuses: anna's hulpvraag went on to Jeugd, the doorbraakteam has no escalation yet
            for (String gebruiker : List.of("anna", "dirk")) {
                assertThat(status(gebruiker, samenvoegingen)).as(gebruiker).isEqualTo(404);
                assertThat(status(gebruiker, historie)).as(gebruiker).isEqualTo(404);
            }
        } finally {
            jdbc.sql("ALTER TABLE casus_overzicht DROP CONSTRAINT toegang_test_houdt_op").update();
        }
        ok(new ApiClient(port, "bea").post("/api/beheer/projecties/huishoudenoverzicht/dead-letters/verwerking",
                Map.of()), 200);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                status("bram", "/api/huishoudens/" + casus.huishouden()) == 200);
    }

    @Test
    void theNeedToKnowModelRebuiltAloneGivesEveryUserTheSameAnswers() {
        Casus geescaleerd = geescaleerdHuishouden();
        // one rung up: the doorbraakteam sees it, dirk takes it up; petra's level no longer has it
        ok(new ApiClient(port, "petra").post(geescaleerd.pad() + "/escalatie/doorbraakteam", Map.of(
                "reden", "KETEN_STAGNEERT", "toelichting", "Regels staan een oplossing in de weg")), 200);
        ok(new ApiClient(port, "dirk").post(geescaleerd.pad() + "/escalatie/oppakken", Map.of()), 200);
        // a casus whose regisseur changed from anna to jet (another team); anna's team keeps its hulpvraag
        Casus overgedragen = melding("anna", "hh-toegang-" + UUID.randomUUID(), "WMO_ONDERSTEUNING");
        triage(overgedragen, "anna", "WMO");
        ok(new ApiClient(port, "anna").post(overgedragen.pad() + "/regisseur", Map.of("gebruikersnaam", "jet",
                "team", "JEUGD", "reden", "Jeugdhulp is het zwaarste vraagstuk geworden")), 200);
        // B merged into A: who works on A sees B
        Casus a = melding("bram", "hh-toegang-a-" + UUID.randomUUID(), "SCHULDEN");
        triage(a, "bram", "SCHULDHULP");
        Casus b = melding("bram", "hh-toegang-b-" + UUID.randomUUID(), "SCHULDEN");
        triage(b, "bram", "SCHULDHULP");
        ok(new ApiClient(port, "bram").post("/api/huishoudens/" + a.huishouden() + "/samenvoegingen",
                Map.of("bronHuishoudenId", b.huishouden(), "reden", "Zelfde gezin, twee keer gemeld")), 202);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                        "SELECT count(*) FROM toegang_samenvoeging WHERE bron_huishouden_id = :b")
                .param("b", b.huishouden()).query(Long.class).single() == 1);
        List<Casus> casussen = List.of(geescaleerd, overgedragen, a, b,
                new Casus("hh-bestaat-niet", "casus-bestaat-niet", null));
        // the history answers for casussen it has: every projection up to date, so only need to know can differ
        for (String projectie : List.of("huishoudentoegang", "casushistorie", "huishoudenoverzicht")) {
            awaitBijgewerkt(projectie);
        }

        Map<String, Integer> voor = antwoorden(casussen);
        Map<String, List<String>> tabellenVoor = toegangTabellen();
        // the answers are need to know's, not all one refusal
        String hist = "/api/casussen/";
        assertThat(voor).containsEntry("bram " + hist + geescaleerd.casus() + "/historie", 200)
                .containsEntry("jet " + hist + geescaleerd.casus() + "/historie", 200)
                .containsEntry("dirk " + hist + geescaleerd.casus() + "/historie", 200)
                .containsEntry("petra " + hist + geescaleerd.casus() + "/historie", 404)
                .containsEntry("anna " + hist + geescaleerd.casus() + "/historie", 404)
                .containsEntry("jet " + hist + overgedragen.casus() + "/historie", 200)
                .containsEntry("anna " + hist + overgedragen.casus() + "/historie", 200)
                .containsEntry("bram " + hist + overgedragen.casus() + "/historie", 404)
                .containsEntry("bram /api/huishoudens/" + b.huishouden() + "/samenvoegingen", 200)
                .containsEntry("anna /api/huishoudens/" + b.huishouden() + "/samenvoegingen", 404)
                .containsEntry("aart " + hist + a.casus() + "/historie", 200)
                .containsEntry("aart " + hist + "casus-bestaat-niet/historie", 404)
                .containsEntry("maria " + hist + geescaleerd.casus() + "/historie", 403);

        ok(new ApiClient(port, "bea").post("/api/beheer/projecties/huishoudentoegang/herbouw", Map.of()), 202);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(toegangTabellen())
                .isEqualTo(tabellenVoor));
        awaitBijgewerkt("huishoudentoegang");
        assertThat(antwoorden(casussen)).isEqualTo(voor);
    }
}
