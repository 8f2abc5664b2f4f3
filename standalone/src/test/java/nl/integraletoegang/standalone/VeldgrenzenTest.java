package nl.integraletoegang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.integraletoegang.api.audit.Identiteit;
import nl.integraletoegang.api.casus.Dreiging;
import nl.integraletoegang.api.casus.Kanaal;
import nl.integraletoegang.api.casus.Levensdomein;
import nl.integraletoegang.api.casus.Uitkomst;
import nl.integraletoegang.api.casus.Urgentie;
import nl.integraletoegang.api.escalatie.EscalatieNiveau;
import nl.integraletoegang.api.escalatie.EscalatieReden;
import nl.integraletoegang.api.huishouden.LidRol;
import nl.integraletoegang.api.veld.Code;
import nl.integraletoegang.api.veld.Gebruikersnaam;
import nl.integraletoegang.api.veld.Huisletter;
import nl.integraletoegang.api.veld.Huisnummer;
import nl.integraletoegang.api.veld.Huisnummertoevoeging;
import nl.integraletoegang.api.veld.Postcode;
import nl.integraletoegang.api.veld.Identificatie;
import nl.integraletoegang.api.veld.Label;
import nl.integraletoegang.api.veld.Persoonsnaam;
import nl.integraletoegang.api.veld.VrijeTekst;
import nl.integraletoegang.command.termijn.TermijnProperties;
import nl.integraletoegang.platform.veld.TeamProperties;
import nl.integraletoegang.query.beheer.Projecties;
import nl.integraletoegang.query.brp.BrpOpzoeking;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Whatever the command side accepts, every projection can store. Boundary values for every field of every command
 * (the longest value each field rule allows, every character class it allows: accents, letters outside the Basic
 * Multilingual Plane, emoji, line breaks and tabs in free text; each enum value, each configured team and regime) go
 * through the HTTP API, and every projection processes every event without a dead letter. One character more, a
 * NUL or another control character, an unknown team: refused with 400, and nothing is written. The read models'
 * columns are as wide as the field rules.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VeldgrenzenTest {

    /** Every character class the free text allows, a 4-byte emoji and a 4-byte CJK letter among them. */
    private static final String VRIJ = "Regel één\r\n\tmet emoji 😀 en 𠀀, <b>opmaak</b> & € ‘aanhalingen’ \\ \" ; ";
    private static final String NAAM = "Zoë O’Brien-Çelik d.J. 𠀀e\u0301 ";
    private static final String LABEL = "’s-Hertogenbosch (Noord/Oost) & Éénhoorn, 3. 𠀀 ";
    private static final String GEBRUIKER = "a.de-Vries_1@gemeente.nl";
    private static final String ID = "Az09_-";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "veldgrenzen");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Projecties projecties;

    @Autowired
    TeamProperties teams;

    @Autowired
    TermijnProperties termijnen;

    /** Shared by all test methods (JUnit makes an instance per method), so no two households share an id. */
    private static final AtomicInteger TELLER = new AtomicInteger();

    /** The pattern repeated up to exactly {@code lengte} UTF-16 units, never splitting a 4-byte character. */
    static String vul(String patroon, int lengte) {
        StringBuilder tekst = new StringBuilder();
        int[] codepoints = patroon.codePoints().toArray();
        for (int i = 0; tekst.length() + Character.charCount(codepoints[i % codepoints.length]) <= lengte; i++) {
            tekst.appendCodePoint(codepoints[i % codepoints.length]);
        }
        while (tekst.length() < lengte) {
            tekst.append('a');
        }
        return tekst.toString();
    }

    /** A fresh id of the longest length, with every character class ids allow. */
    private String id() {
        String prefix = "x" + TELLER.incrementAndGet() + "-";
        return prefix + vul(ID, Identificatie.MAX - prefix.length());
    }

    private static String vrij(int max) {
        return vul(VRIJ, max);
    }

    private static String gebruiker(int variant) {
        return vul(variant + GEBRUIKER, Gebruikersnaam.MAX);
    }

    private static <E> E elk(E[] waarden, int i) {
        return waarden[Math.floorMod(i, waarden.length)];
    }

    record Huishouden(String id, String casus, List<String> hulpvragen, String pad) {
    }

    @Test
    void everyAcceptedBoundaryValueIsStoredByEveryProjectionWithoutADeadLetter() {
        ApiClient anna = new ApiClient(port, "anna");
        ApiClient petra = new ApiClient(port, "petra");
        ApiClient dirk = new ApiClient(port, "dirk");
        ApiClient dana = new ApiClient(port, "dana");
        ApiClient bea = new ApiClient(port, "bea");
        List<String> regimes = new ArrayList<>(termijnen.regimes().keySet());
        List<String> teamLijst = teams.teams();
        assertThat(teamLijst).contains("JEUGD", "WMO");
        List<Huishouden> huishoudens = new ArrayList<>();

        for (int variant = 0; variant < Urgentie.values().length; variant++) {
            // a melding per channel, each taken in by another team, each starting another regime's clock
            String huishoudenId = id();
            String casusId = null;
            List<String> hulpvragen = new ArrayList<>();
            String lid = id();
            for (int k = 0; k < Kanaal.values().length; k++) {
                Map<String, Object> melding = new LinkedHashMap<>();
                melding.put("huishoudenId", huishoudenId);
                melding.put("kanaal", Kanaal.values()[k].name());
                melding.put("team", teamLijst.get((variant + k) % teamLijst.size()));
                melding.put("levensdomeinen", Arrays.stream(Levensdomein.values()).map(Enum::name).toList());
                melding.put("omschrijving", vrij(VrijeTekst.MIDDEL));
                melding.put("dreigingen", Arrays.stream(Dreiging.values()).map(Enum::name).toList());
                melding.put("wijk", vul(variant + LABEL, Label.MAX));
                melding.put("regime", regimes.get((variant + k) % regimes.size()));
                if (k == 0) {
                    melding.put("leden", List.of(
                            Map.of("persoonId", lid, "naam", vul(NAAM, Persoonsnaam.MAX), "geboortedatum", "1800-01-01",
                                    "bsn", TestBsn.nieuw()),
                            Map.of("persoonId", id(), "naam", vul("Ĳsbrand 𠀀", Persoonsnaam.MAX),
                                    "geboortedatum", LocalDate.now().toString())));
                }
                ApiClient.Answer answer = anna.post("/api/meldingen", melding);
                assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
                casusId = answer.body().get("casusId").asText();
                hulpvragen.add(answer.body().get("hulpvraagId").asText());
            }
            String pad = "/api/huishoudens/" + huishoudenId + "/casussen/" + casusId;
            Huishouden huishouden = new Huishouden(huishoudenId, casusId, hulpvragen, pad);
            huishoudens.add(huishouden);

            // the second hulpvraag goes round every team and back to the one that took it in
            for (int t = 1; t <= teamLijst.size(); t++) {
                ok(anna.post(pad + "/routering", Map.of("hulpvraagId", hulpvragen.get(1),
                        "naarTeam", teamLijst.get((variant + 1 + t) % teamLijst.size()))));
            }
            if (!teamLijst.get(variant % teamLijst.size()).equals("WMO")) {
                ok(anna.post(pad + "/routering", Map.of("hulpvraagId", hulpvragen.get(0), "naarTeam", "WMO")));
            }
            ok(anna.post(pad + "/triage", Map.of("integraleHulpvraag", vrij(VrijeTekst.LANG),
                    "levensdomeinen", Arrays.stream(Levensdomein.values()).map(Enum::name).toList(),
                    "urgentie", Urgentie.values()[variant].name(),
                    "zwaarsteVraagstukHulpvraagId", hulpvragen.get(0),
                    "regisseur", Map.of("gebruikersnaam", gebruiker(variant), "team", "WMO"))));

            // the clocks: one per regime, suspended and resumed with a reason, one met
            List<String> termijnIds = new ArrayList<>();
            for (String regime : regimes) {
                if (regime.equals(regimes.get(variant % regimes.size()))) {
                    continue; // its melding started this one
                }
                ApiClient.Answer termijn = anna.post(pad + "/termijnen", Map.of("hulpvraagId", hulpvragen.get(0),
                        "regime", regime));
                assertThat(termijn.status()).as(termijn.body().toString()).isEqualTo(201);
                termijnIds.add(termijn.body().get("id").asText());
            }
            ok(anna.post(pad + "/termijnen/" + termijnIds.get(0) + "/opschorting",
                    Map.of("reden", vrij(VrijeTekst.KORT))));
            ok(anna.post(pad + "/termijnen/" + termijnIds.get(0) + "/hervatting",
                    Map.of("reden", vrij(VrijeTekst.KORT))));
            ok(anna.post(pad + "/termijnen/" + termijnIds.get(1) + "/afronding", Map.of()));

            // the plan: a goal per levensdomein, actions with the longest ids, owners and the last calendar day
            String actie1 = id();
            String actie2 = id();
            ok(anna.post(pad + "/plan/versies", Map.of(
                    "doelen", Arrays.stream(Levensdomein.values()).map(domein -> Map.of("levensdomein", domein.name(),
                            "omschrijving", vrij(VrijeTekst.KORT))).toList(),
                    "acties", List.of(
                            Map.of("actieId", actie1, "omschrijving", vrij(VrijeTekst.KORT),
                                    "eigenaar", vul("Wijkteam " + LABEL, Label.MAX), "deadline", "9999-12-31"),
                            Map.of("actieId", actie2, "omschrijving", vrij(VrijeTekst.KORT),
                                    "eigenaar", vul("GGD " + LABEL, Label.MAX),
                                    "deadline", LocalDate.now().plusDays(1).toString())))));
            ok(anna.post(pad + "/plan/acties/" + actie1 + "/afronding", Map.of()));
            ok(anna.post(pad + "/plan/acties/" + actie2 + "/annulering", Map.of("reden", vrij(VrijeTekst.KORT))));

            // the escalation ladder, each step with the longest texts and another reason
            EscalatieReden[] redenen = EscalatieReden.values();
            created(anna.post(pad + "/escalaties", Map.of("reden", elk(redenen, variant).name(),
                    "toelichting", vrij(VrijeTekst.MIDDEL))));
            ok(petra.post(pad + "/escalatie/oppakken", Map.of()));
            ok(petra.post(pad + "/escalatie/besluiten", Map.of("besluit", vrij(VrijeTekst.MIDDEL))));
            ok(petra.post(pad + "/escalatie/doorbraakteam", Map.of("reden", elk(redenen, variant + 1).name(),
                    "toelichting", vrij(VrijeTekst.MIDDEL))));
            ok(dirk.post(pad + "/escalatie/oppakken", Map.of()));
            Map<String, Object> ja = Map.of("ja", true, "motivering", vrij(VrijeTekst.MIDDEL));
            ApiClient.Answer doorbraak = created(dirk.post(pad + "/doorbraken", Map.of("legitimiteit", ja,
                    "betrokkenheid", ja, "rendement", ja, "oplossing", vrij(VrijeTekst.LANG))));
            // four eyes: dirk requests the largest amount, dana approves it acting herself
            String budget = pad + "/doorbraken/" + doorbraak.body().get("id").asText() + "/maatwerkbudget";
            ok(dirk.post(budget, Map.of("bedrag", new BigDecimal("999999999.99"), "bestemming",
                    vrij(VrijeTekst.KORT))));
            ok(dana.post(budget + "/goedkeuring", Map.of()));
            ok(dirk.post(pad + "/escalatie/teruggave", Map.of("afgesprokenPlan", vrij(VrijeTekst.LANG))));

            // closing with every outcome, reopening, a new regisseur of another team, erasure of a member
            Map<String, Object> uitkomsten = new HashMap<>();
            for (int h = 0; h < hulpvragen.size(); h++) {
                // every outcome a worker may choose: SAMENGEVOEGD is the merge's own (refused when chosen)
                uitkomsten.put(hulpvragen.get(h), elk(Arrays.stream(Uitkomst.values())
                        .filter(uitkomst -> uitkomst != Uitkomst.SAMENGEVOEGD).toArray(Uitkomst[]::new),
                        variant + h).name());
            }
            ok(anna.post(pad + "/sluiting", Map.of("uitkomsten", uitkomsten)));
            ok(anna.post(pad + "/heropening", Map.of("reden", vrij(VrijeTekst.KORT))));
            // the household itself: a member joins with the longest name, it moves to the longest address, the
            // member leaves with the longest reason
            String huis = "/api/huishoudens/" + huishoudenId;
            String kind = created(anna.post(huis + "/leden", Map.of("naam", vul(NAAM, Persoonsnaam.MAX),
                    "geboortedatum", "1800-01-01", "bsn", TestBsn.nieuw(), "rol", elk(LidRol.values(), variant).name(),
                    "datum", "9999-12-31"))).body().get("id").asText();
            ok(anna.post(huis + "/verhuizing", Map.of("adres", Map.of("postcode", "9999 zz", "huisnummer",
                    Huisnummer.MAX, "huisletter", "z", "huisnummertoevoeging", "a1B2",
                    "straat", vul(variant + LABEL, Label.MAX), "woonplaats", vul(variant + LABEL, Label.MAX)),
                    "verhuisdatum", "1800-01-01")));
            ok(anna.post(huis + "/leden/" + kind + "/vertrek", Map.of("datum", "9999-12-31",
                    "reden", vrij(VrijeTekst.KORT))));
            ok(anna.post(pad + "/regisseur", Map.of("gebruikersnaam", gebruiker(variant + 5),
                    "team", teamLijst.get(variant % teamLijst.size()), "reden", vrij(VrijeTekst.KORT))));
            ApiClient.Answer wissing = bea.post("/api/beheer/huishoudens/" + huishoudenId + "/persoonsgegevens/"
                    + lid + "/wissing", Map.of("reden", vrij(VrijeTekst.KORT)));
            assertThat(wissing.status()).as(wissing.body().toString()).isEqualTo(200);
        }

        // every projection reads every event, and none of them leaves one behind as a dead letter
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(projecties.standen())
                .allSatisfy(stand -> assertThat(stand.achterstand()).as(stand.naam()).isZero()));
        assertThat(projecties.standen()).allSatisfy(stand ->
                assertThat(stand.deadLetters()).as(stand.naam() + " dead letters").isZero());
        assertThat(jdbc.sql("SELECT count(*) FROM deadletterentry").query(Long.class).single()).isZero();

        for (Huishouden huishouden : huishoudens) {
            JsonNode overzicht = anna.get("/api/huishoudens/" + huishouden.id()).body();
            assertThat(overzicht.at("/openCasus/casusId").asText()).isEqualTo(huishouden.casus());
            assertThat(overzicht.at("/openCasus/hulpvragen")).hasSize(Kanaal.values().length);
            assertThat(overzicht.at("/openCasus/hulpvragen/0/omschrijving").asText())
                    .isEqualTo(vrij(VrijeTekst.MIDDEL));
            assertThat(overzicht.at("/openCasus/regisseur/gebruikersnaam").asText()).hasSize(Gebruikersnaam.MAX);
            assertThat(overzicht.at("/leden")).anySatisfy(lid -> assertThat(lid.get("naam").asText())
                    .isEqualTo(vul("Ĳsbrand 𠀀", Persoonsnaam.MAX)));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM werkvoorraad_casus WHERE regisseur = :r")
                .param("r", Identiteit.normaliseer(gebruiker(5))).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM figuur_casus WHERE wijk = :w")
                .param("w", vul(0 + LABEL, Label.MAX)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void oneCharacterTooManyAControlCharacterOrAnUnknownTeamIsRefusedAndWritesNothing() {
        ApiClient anna = new ApiClient(port, "anna");
        String huishoudenId = id();
        ApiClient.Answer eerste = anna.post("/api/meldingen", Map.of("huishoudenId", huishoudenId,
                "kanaal", "TELEFOON", "levensdomeinen", List.of("WONEN"), "omschrijving", "Huurachterstand"));
        assertThat(eerste.status()).isEqualTo(201);
        String pad = "/api/huishoudens/" + huishoudenId + "/casussen/" + eerste.body().get("casusId").asText();
        String hulpvraag = eerste.body().get("hulpvraagId").asText();

        Map<String, Object> melding = Map.of("huishoudenId", huishoudenId, "kanaal", "TELEFOON",
                "levensdomeinen", List.of("WONEN"), "omschrijving", "Nog een vraag");
        List<Map.Entry<String, Map<String, Object>>> geweigerd = new ArrayList<>();
        for (String stuur : List.of("\u0000", "\u0007", "\u001b", "\u007f", "\u0085")) {
            geweigerd.add(Map.entry("/api/meldingen", met(melding, "omschrijving", "Regel" + stuur)));
            geweigerd.add(Map.entry("/api/meldingen", met(melding, "wijk", "Noord" + stuur)));
            geweigerd.add(Map.entry("/api/meldingen", met(melding, "team", "WMO" + stuur)));
            geweigerd.add(Map.entry("/api/meldingen", met(melding, "leden", List.of(Map.of("persoonId", "p" + stuur,
                    "naam", "Sanne", "geboortedatum", "1990-01-01")))));
            geweigerd.add(Map.entry("/api/meldingen", met(melding, "leden", List.of(Map.of(
                    "naam", "San" + stuur + "ne", "geboortedatum", "1990-01-01")))));
            geweigerd.add(Map.entry(pad + "/heropening", Map.of("reden", "x" + stuur)));
            geweigerd.add(Map.entry(pad + "/triage", triage(hulpvraag, "anna" + stuur, "WMO")));
        }
        for (String regel : List.of("\n", "\t")) {
            geweigerd.add(Map.entry("/api/meldingen", met(melding, "wijk", "Noord" + regel + "Oost")));
            geweigerd.add(Map.entry(pad + "/triage", triage(hulpvraag, "anna" + regel, "WMO")));
        }
        geweigerd.add(Map.entry("/api/meldingen", met(melding, "omschrijving", "x".repeat(VrijeTekst.MIDDEL + 1))));
        geweigerd.add(Map.entry("/api/meldingen", met(melding, "wijk", "x".repeat(Label.MAX + 1))));
        geweigerd.add(Map.entry("/api/meldingen", met(melding, "regime", "R".repeat(Code.MAX + 1))));
        geweigerd.add(Map.entry("/api/meldingen", met(melding, "huishoudenId", "h".repeat(Identificatie.MAX + 1))));
        geweigerd.add(Map.entry("/api/meldingen", met(melding, "leden", List.of(Map.of(
                "naam", "n".repeat(Persoonsnaam.MAX + 1), "geboortedatum", "1990-01-01")))));
        geweigerd.add(Map.entry(pad + "/triage", triage(hulpvraag, "a".repeat(200), "WMO")));
        geweigerd.add(Map.entry(pad + "/triage", triage(hulpvraag, "a".repeat(1_000_000), "WMO")));
        geweigerd.add(Map.entry(pad + "/triage", triage(hulpvraag, "anna", "TEAM_BESTAAT_NIET")));
        geweigerd.add(Map.entry(pad + "/triage", triage(hulpvraag, "anna", "<script>")));
        geweigerd.add(Map.entry(pad + "/routering", Map.of("hulpvraagId", hulpvraag, "naarTeam", "TEAM_BESTAAT_NIET")));
        geweigerd.add(Map.entry(pad + "/routering", Map.of("hulpvraagId", hulpvraag, "naarTeam", "<script>")));
        geweigerd.add(Map.entry("/api/meldingen", met(melding, "team", "TEAM_BESTAAT_NIET")));
        geweigerd.add(Map.entry("/api/meldingen", met(melding, "team", "<script>alert(1)</script>")));
        geweigerd.add(Map.entry(pad + "/regisseur", Map.of("gebruikersnaam", "jet", "team", "TEAM_BESTAAT_NIET",
                "reden", "Verlof")));
        geweigerd.add(Map.entry(pad + "/plan/versies", Map.of("doelen", List.of(Map.of("levensdomein", "WONEN",
                "omschrijving", "x".repeat(VrijeTekst.KORT + 1))))));
        geweigerd.add(Map.entry(pad + "/plan/versies", Map.of("doelen", List.of(Map.of("levensdomein", "WONEN",
                "omschrijving", "Wonen")), "acties", List.of(Map.of("omschrijving", "Bellen",
                "eigenaar", "<b>anna</b>", "deadline", "2027-01-31")))));
        geweigerd.add(Map.entry(pad + "/escalaties", Map.of("reden", "KETEN_STAGNEERT",
                "toelichting", "x".repeat(VrijeTekst.MIDDEL + 1))));

        long events = eventCount();
        for (Map.Entry<String, Map<String, Object>> verzoek : geweigerd) {
            ApiClient.Answer answer = anna.post(verzoek.getKey(), verzoek.getValue());
            assertThat(answer.status()).as(verzoek.getKey() + " " + beknopt(verzoek.getValue()) + " -> "
                    + answer.body()).isEqualTo(400);
            assertThat(answer.body().toString()).doesNotContain("<script>", "\\u0000");
        }
        assertThat(eventCount()).as("events written by refused requests").isEqualTo(events);

        // an id in the path has no request record to check it: the command bus refuses it
        ApiClient.Answer padId = anna.post(pad + "/plan/acties/" + "a".repeat(Identificatie.MAX + 1) + "/annulering",
                Map.of("reden", "Niet meer nodig"));
        assertThat(padId.status()).isEqualTo(400);
        assertThat(padId.body().get("regel").asText()).isEqualTo("veldregel");
        assertThat(padId.body().at("/fouten/0/veld").asText()).isEqualTo("actieId");
        assertThat(eventCount()).isEqualTo(events);

        ApiClient.Answer onbekend = anna.post(pad + "/routering", Map.of("hulpvraagId", hulpvraag,
                "naarTeam", "TEAM_BESTAAT_NIET"));
        assertThat(onbekend.body().get("regel").asText()).isEqualTo("team-onbekend");
        assertThat(onbekend.body().get("detail").asText()).contains("JEUGD", "WMO").doesNotContain("BESTAAT");

        // the just-allowed values next to them are accepted, so the limits are where the rules say
        assertThat(anna.post("/api/meldingen", met(met(melding, "omschrijving", "x".repeat(VrijeTekst.MIDDEL)),
                "team", "JEUGD")).status()).isEqualTo(201);
        assertThat(anna.post(pad + "/routering", Map.of("hulpvraagId", hulpvraag, "naarTeam", "JEUGD")).status())
                .isEqualTo(200);
    }

    @Test
    void theDemoUserOfTeamJeugdWorksForJeugd() {
        ApiClient jet = new ApiClient(port, "jet");
        ApiClient.Answer melding = jet.post("/api/meldingen", Map.of("huishoudenId", id(), "kanaal", "INLOOP",
                "levensdomeinen", List.of("JEUGD"), "omschrijving", "Zorgen over schoolverzuim"));
        assertThat(melding.status()).as(melding.body().toString()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(jet.get("/api/werkvoorraad/teams/JEUGD/te-triageren").body().toString())
                        .contains(melding.body().get("hulpvraagId").asText()));
    }

    @Test
    void controlCharactersInReadParametersAreA400NotA500() throws Exception {
        List<String[]> verzoeken = List.of(
                new String[] {"aart", "/api/casussen/" + id() + "/historie?actor=anna%00"},
                new String[] {"aart", "/api/casussen/" + id() + "/historie?actor=" + "a".repeat(200)},
                new String[] {"aart", "/api/casussen/c%00/historie"},
                new String[] {"maria", "/api/figuren?wijk=Noord%00"},
                new String[] {"maria", "/api/figuren?wijk=Noord%0AOost"},
                new String[] {"anna", "/api/werkvoorraad/teams/WMO%00/te-triageren"},
                new String[] {"anna", "/api/werkvoorraad/teams/WMO%00/termijnen"},
                new String[] {"anna", "/api/werkvoorraad/medewerkers/anna%00/casussen"},
                new String[] {"anna", "/api/huishoudens/h%00"},
                new String[] {"aart", "/api/huishoudens/h%00/dossier"},
                new String[] {"aart", "/api/inzage-log?huishoudenId=h%00"},
                new String[] {"aart", "/api/inzage-log?gebruiker=anna%00"});
        HttpClient http = HttpClient.newHttpClient();
        for (String[] verzoek : verzoeken) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + verzoek[1]))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (verzoek[0] + ":" + verzoek[0]).getBytes(StandardCharsets.UTF_8)))
                    .header("Accept", "application/json")
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(verzoek[1] + " -> " + answer.body()).isEqualTo(400);
        }
    }

    /**
     * The read models' columns follow from the field rules: every varchar column of a read model is at least as wide
     * as the longest value its source field may hold. A new column must be named here, so its width is a choice.
     */
    @Test
    void everyReadModelColumnIsAsWideAsTheFieldRuleItStores() {
        Map<String, Integer> nodig = new HashMap<>();
        for (String id : List.of("huishouden_id", "casus_id", "hulpvraag_id", "termijn_id", "escalatie_id",
                "doorbraak_id", "actie_id", "persoon_id")) {
            nodig.put(id, Identificatie.MAX);
        }
        for (String code : List.of("team", "regisseur_team", "regime")) {
            nodig.put(code, Code.MAX);
        }
        for (String gebruiker : List.of("regisseur", "regisseur_gebruikersnaam", "opgepakt_door",
                "escalatie_opgepakt_door", "actor", "gebruiker", "budget_aanvrager")) {
            nodig.put(gebruiker, Gebruikersnaam.MAX);
        }
        nodig.put("wijk", Label.MAX);
        nodig.put("eigenaar", Label.MAX);
        // a household's address
        nodig.put("postcode", Postcode.MAX);
        nodig.put("huisletter", Huisletter.MAX);
        nodig.put("huisnummertoevoeging", Huisnummertoevoeging.MAX);
        nodig.put("straat", Label.MAX);
        nodig.put("woonplaats", Label.MAX);
        // a choice from a closed list is stored by its name
        nodig.put("kanaal", langste(Kanaal.values()));
        nodig.put("urgentie", langste(Urgentie.values()));
        nodig.put("uitkomst", langste(Uitkomst.values()));
        nodig.put("levensdomein", langste(Levensdomein.values()));
        nodig.put("niveau", langste(EscalatieNiveau.values()));
        nodig.put("escalatie_niveau", langste(EscalatieNiveau.values()));
        nodig.put("reden", langste(EscalatieReden.values()));
        nodig.put("escalatie_reden", langste(EscalatieReden.values()));
        // the projections' own words (states, event labels), technical ids and the role of the actor
        for (String eigen : List.of("status", "gebeurtenis", "event_id", "correlatie_id", "rol", "endpoint")) {
            nodig.put(eigen, 16);
        }
        // the kind of a register lookup in the access log (the register's own words, no request field)
        nodig.put("opzoeking", Math.max(BrpOpzoeking.PERSOON_OP_BSN.length(), BrpOpzoeking.BEWONERS_OP_ADRES.length()));

        record Kolom(String tabel, String kolom, Integer lengte) {
        }
        // the beheerder's skip log (dead_letter_overslag) stores no command field: it is no read model
        List<Kolom> kolommen = jdbc.sql("""
                        SELECT table_name, column_name, character_maximum_length FROM information_schema.columns
                        WHERE table_schema = current_schema() AND data_type = 'character varying'
                          AND table_name NOT IN ('tokenentry', 'deadletterentry', 'flyway_schema_history',
                                                 'dead_letter_overslag')
                          AND table_name IN (SELECT table_name FROM information_schema.columns
                                             WHERE column_name IN ('casus_id', 'huishouden_id'))""")
                .query((rs, n) -> new Kolom(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3)))
                .list();
        assertThat(kolommen).extracting(Kolom::tabel).contains("casus_overzicht", "werkvoorraad_casus",
                "figuur_casus", "escalatiewachtrij", "casus_historie", "plan_actie_overzicht", "lid_overzicht");
        assertThat(kolommen).allSatisfy(kolom -> {
            assertThat(nodig).as(kolom.tabel() + "." + kolom.kolom() + " is named in this test")
                    .containsKey(kolom.kolom());
            assertThat(kolom.lengte()).as(kolom.tabel() + "." + kolom.kolom())
                    .isNotNull().isGreaterThanOrEqualTo(nodig.get(kolom.kolom()));
        });
    }

    private static int langste(Enum<?>[] waarden) {
        return Arrays.stream(waarden).mapToInt(waarde -> waarde.name().length()).max().orElseThrow();
    }

    private static Map<String, Object> triage(String hulpvraag, String regisseur, String team) {
        return Map.of("integraleHulpvraag", "Wonen", "levensdomeinen", List.of("WONEN"), "urgentie", "NORMAAL",
                "zwaarsteVraagstukHulpvraagId", hulpvraag, "regisseur", Map.of("gebruikersnaam", regisseur,
                        "team", team));
    }

    private static Map<String, Object> met(Map<String, Object> basis, String veld, Object waarde) {
        Map<String, Object> kopie = new LinkedHashMap<>(basis);
        kopie.put(veld, waarde);
        return kopie;
    }

    private static String beknopt(Object waarde) {
        String tekst = String.valueOf(waarde);
        return tekst.length() > 200 ? tekst.substring(0, 200) + "…" : tekst;
    }

    private long eventCount() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }

    private static ApiClient.Answer ok(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        return answer;
    }

    private static ApiClient.Answer created(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        return answer;
    }
}
