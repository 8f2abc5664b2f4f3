package nl.integraletoegang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.integraletoegang.api.casus.MeldingRegistered;
import nl.integraletoegang.query.versheid.GedeeldeEventCache;
import nl.integraletoegang.query.versheid.GewekteEventBron;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Crypto-shredding end to end: personal data is encrypted at rest in events, snapshots and dead letters from the
 * start, readable in the read models and the API until erasure, and after a beheerder erases the person and the
 * household it occurs nowhere in the database or the logs, while the history still reads.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "integrale-toegang.snapshots.huishouden-drempel=3")
@ExtendWith(OutputCaptureExtension.class)
class PersoonsgegevensWissingTest {

    private static final String HUISHOUDEN = "hh-wissing";
    private static final String PERSOON = "p-johanna";
    private static final String NAAM = "Johanna Visser-de Groot";
    private static final String BSN = "111222333";
    /** Every form in which her name, BSN or date of birth could have been written. */
    private static final List<String> SPOREN = List.of("Johanna", "Visser-de Groot", BSN, "1958-09-21",
            "21-09-1958", "1958,9,21", "21/09/1958");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "wissing");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GewekteEventBron projectieBron;

    @Autowired
    GedeeldeEventCache gedeeldeEvents;

    @Test
    void afterErasureNameBsnAndDateOfBirthOccurNowhereInTheDatabaseOrTheLogs(CapturedOutput output)
            throws InterruptedException {
        ApiClient bram = new ApiClient(port, "bram");
        ApiClient bea = new ApiClient(port, "bea");
        String casusPad = registreerEnWerkAan(bram);

        // encrypted at rest from the start: events, snapshots and dead letters never held her data readable
        // snapshots are taken on a thread of their own, after the command
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT count(*) FROM snapshotevententry")
                .query(Long.class).single() > 0);
        assertThat(jdbc.sql("SELECT count(*) FROM deadletterentry").query(Long.class).single()).isPositive();
        for (String tabel : List.of("domainevententry", "snapshotevententry", "deadletterentry")) {
            assertThat(String.join("\n", rijen(tabel))).as(tabel).doesNotContain(SPOREN);
        }
        // ...but the read model and the API show it until erasure
        JsonNode overzicht = await().atMost(Duration.ofSeconds(30)).until(
                () -> bram.get("/api/huishoudens/" + HUISHOUDEN).body(),
                body -> body.path("openCasus").path("escalatie").isObject() && body.path("leden").size() == 1);
        assertThat(overzicht.get("leden").get(0).get("naam").asText()).isEqualTo(NAAM);
        assertThat(overzicht.get("leden").get(0).get("geboortedatum").asText()).isEqualTo("1958-09-21");
        assertThat(String.join("\n", alleRijen())).contains(NAAM);
        // a projection reading the melding now gets the message the projections already read and decrypted
        long treffers = gedeeldeEvents.treffers();
        assertThat(omschrijvingZoalsEenProjectieHaarLeest()).contains(NAAM);
        assertThat(gedeeldeEvents.treffers()).isGreaterThan(treffers);

        String wissing = "/api/beheer/huishoudens/" + HUISHOUDEN + "/persoonsgegevens/";
        Map<String, String> reden = Map.of("reden", "Bewaartermijn verstreken");
        assertThat(bram.post(wissing + PERSOON + "/wissing", reden).status()).isEqualTo(403);
        ApiClient.Answer zonderReden = bea.post(wissing + PERSOON + "/wissing", Map.of());
        assertThat(zonderReden.status()).isEqualTo(400);
        assertThat(zonderReden.body().toString()).contains("reden");
        assertThat(bea.post(wissing + "p-onbekend/wissing", reden).status()).isEqualTo(404);

        assertThat(bea.post(wissing + PERSOON + "/wissing", reden).status()).isEqualTo(200);
        assertThat(bea.post(wissing + HUISHOUDEN + "/wissing", reden).status()).isEqualTo(200);
        ApiClient.Answer nogmaals = bea.post(wissing + PERSOON + "/wissing", reden);
        assertThat(nogmaals.status()).isEqualTo(409);
        assertThat(nogmaals.body().get("detail").asText()).contains("al gewist");

        // the read models follow the erasure event; then no table holds any trace of her
        await().atMost(Duration.ofSeconds(30)).untilAsserted(
                () -> assertThat(String.join("\n", alleRijen())).doesNotContain(SPOREN));
        JsonNode gewist = bram.get("/api/huishoudens/" + HUISHOUDEN).body();
        assertThat(gewist.get("leden").get(0).get("naam").asText()).isEqualTo("[gewist]");
        // a projection that reads the melding only now (a rebuild, one far behind) gets no text decrypted before
        assertThat(omschrijvingZoalsEenProjectieHaarLeest()).isEqualTo("[gewist]");
        assertThat(gewist.get("leden").get(0).has("geboortedatum")).isFalse();
        assertThat(gewist.get("openCasus").get("hulpvragen").get(0).get("omschrijving").asText())
                .isEqualTo("[gewist]");
        assertThat(gewist.get("openCasus").get("plan").get("acties").get(0).get("omschrijving").asText())
                .isEqualTo("[gewist]");
        assertThat(jdbc.sql("SELECT count(*) FROM persoon_sleutel WHERE sleutel IS NULL AND vernietigd_door = 'bea'")
                .query(Long.class).single()).isEqualTo(2);

        // the events still read, as placeholders: the dead letters are processed into the history, and the
        // household takes further commands
        ApiClient.Answer verwerking = bea.post("/api/beheer/projecties/casushistorie/dead-letters/verwerking",
                Map.of());
        assertThat(verwerking.status()).isEqualTo(200);
        assertThat(verwerking.body().get("resterend").asLong()).isZero();
        String historie = "/api/casussen/" + casusPad.substring(casusPad.lastIndexOf('/') + 1) + "/historie";
        ApiClient aart = new ApiClient(port, "aart");
        JsonNode gebeurtenissen = await().atMost(Duration.ofSeconds(30)).until(() -> aart.get(historie),
                answer -> answer.status() == 200 && answer.body().toString().contains("Melding geregistreerd")).body();
        assertThat(gebeurtenissen.toString()).doesNotContain(SPOREN);
        assertThat(new ApiClient(port, "petra").post(casusPad + "/escalatie/oppakken", Map.of()).status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(
                () -> assertThat(String.join("\n", alleRijen())).doesNotContain(SPOREN));

        assertThat(output.getAll()).doesNotContain(SPOREN);
    }

    /** A melding naming her (one of whose projections fails into the dead-letter queue), then triage, plan, escalation. */
    private String registreerEnWerkAan(ApiClient bram) {
        jdbc.sql("ALTER TABLE casus_historie ADD CONSTRAINT weigert_wissing CHECK (correlatie_id <> 'wissing-gif')")
                .update();
        ApiClient.Answer melding;
        try {
            melding = bram.postRaw("/api/meldingen", """
                    {"huishoudenId": "%s", "kanaal": "TELEFOON", "levensdomeinen": ["SCHULDEN"], "wijk": "Noord",
                     "omschrijving": "%s belt over een huurachterstand",
                     "leden": [{"persoonId": "%s", "naam": "%s", "geboortedatum": "1958-09-21", "bsn": "%s"}]}"""
                    .formatted(HUISHOUDEN, NAAM, PERSOON, NAAM, BSN), Map.of("X-Correlation-Id", "wissing-gif"));
            assertThat(melding.status()).as(melding.body().toString()).isEqualTo(201);
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM deadletterentry")
                    .query(Long.class).single() > 0);
        } finally {
            jdbc.sql("ALTER TABLE casus_historie DROP CONSTRAINT weigert_wissing").update();
        }
        String pad = "/api/huishoudens/" + HUISHOUDEN + "/casussen/" + melding.body().get("casusId").asText();
        assertThat(bram.post(pad + "/triage", Map.of("integraleHulpvraag", "Mevrouw " + NAAM + " wil rust",
                "levensdomeinen", List.of("SCHULDEN"), "urgentie", "NORMAAL",
                "zwaarsteVraagstukHulpvraagId", melding.body().get("hulpvraagId").asText(),
                "regisseur", Map.of("gebruikersnaam", "bram", "team", "SCHULDHULP"))).status()).isEqualTo(200);
        assertThat(bram.post(pad + "/plan/versies", Map.of(
                "doelen", List.of(Map.of("levensdomein", "SCHULDEN", "omschrijving", "Schulden van " + NAAM)),
                "acties", List.of(Map.of("actieId", "a-1", "omschrijving", "Bel " + NAAM + " (BSN " + BSN + ")",
                        "eigenaar", "bram", "deadline", "2027-01-31")))).status()).isEqualTo(200);
        // a reason is free text a worker types, and may name her too (it goes into the event and its audit metadata)
        assertThat(bram.post(pad + "/plan/acties/a-1/annulering", Map.of("reden", NAAM + " regelt dit zelf"))
                .status()).isEqualTo(200);
        assertThat(bram.post(pad + "/escalaties", Map.of("reden", "AFSPRAKEN_NIET_NAGEKOMEN",
                "toelichting", NAAM + " (geboren 21-09-1958) wordt niet geholpen")).status()).isEqualTo(201);
        return pad;
    }

    /** The melding's text as a projection reading the store from the start gets it, through the projections' source. */
    private String omschrijvingZoalsEenProjectieHaarLeest() throws InterruptedException {
        try (BlockingStream<TrackedEventMessage<?>> stroom = projectieBron.openStream(null)) {
            while (stroom.hasNextAvailable(5, TimeUnit.SECONDS)) {
                TrackedEventMessage<?> event = stroom.nextAvailable();
                if (event.getPayload() instanceof MeldingRegistered melding
                        && melding.huishoudenId().equals(HUISHOUDEN)) {
                    return melding.omschrijving();
                }
            }
        }
        throw new AssertionError("The melding of " + HUISHOUDEN + " is not in the store");
    }

    /**
     * Every row of every table of the database as text, bytea columns also decoded: {@code encode(..., 'escape')}
     * keeps ASCII readable (all traces searched for are ASCII) and, unlike {@code convert_from}, also takes the
     * random bytes of a key.
     */
    private List<String> alleRijen() {
        List<String> rijen = new ArrayList<>();
        for (String tabel : jdbc.sql("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
                .query(String.class).list()) {
            rijen.addAll(rijen(tabel));
        }
        return rijen;
    }

    private List<String> rijen(String tabel) {
        List<String> rijen = new ArrayList<>(jdbc.sql("SELECT t::text FROM " + tabel + " t").query(String.class).list());
        for (String kolom : jdbc.sql("""
                        SELECT column_name FROM information_schema.columns
                        WHERE table_schema = 'public' AND table_name = :tabel AND data_type = 'bytea'""")
                .param("tabel", tabel).query(String.class).list()) {
            rijen.addAll(jdbc.sql("SELECT encode(" + kolom + ", 'escape') FROM " + tabel + " WHERE " + kolom
                    + " IS NOT NULL").query(String.class).list());
        }
        return rijen;
    }
}
