package nl.integraletoegang.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A snapshot the household cannot read never stands in for its events: one stored under the aggregate's former class
 * name (before it moved to {@code command.huishouden}) or of an older revision is skipped, and the household is
 * loaded from its events with everything that happened before the snapshot. The cache is off, so every command loads
 * the household from the store.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "integrale-toegang.huishouden-cache.enabled=false")
class HuishoudenSnapshotHttpTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "snapshotklasse");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSnapshotOfTheFormerClassOrAnOlderRevisionIsSkipped() {
        ApiClient bram = new ApiClient(port, "bram");
        String huishouden = "hh-" + UUID.randomUUID();
        ApiClient.Answer melding = bram.post("/api/meldingen", Map.of("huishoudenId", huishouden, "kanaal", "TELEFOON",
                "levensdomeinen", List.of("SCHULDEN"), "dreigingen", List.of("HUISUITZETTING")));
        assertThat(melding.status()).as(melding.body().toString()).isEqualTo(201);
        String pad = "/api/huishoudens/" + huishouden + "/casussen/" + melding.body().get("casusId").asText();
        Map<String, Object> triage = Map.of("integraleHulpvraag", "Schulden dreigen tot uitzetting te leiden",
                "levensdomeinen", List.of("SCHULDEN"), "urgentie", "HOOG",
                "zwaarsteVraagstukHulpvraagId", melding.body().get("hulpvraagId").asText(),
                "regisseur", Map.of("gebruikersnaam", "bram", "team", "SCHULDHULP"));
        assertThat(bram.post(pad + "/triage", triage).status()).isEqualTo(200);

        long laatste = jdbc.sql("SELECT max(sequencenumber) FROM domainevententry WHERE aggregateidentifier = :id")
                .param("id", huishouden).query(Long.class).single();
        snapshot(huishouden, laatste - 1, "nl.integraletoegang.command.huishouden.Huishouden", "3");
        snapshot(huishouden, laatste, "nl.integraletoegang.command.casus.Huishouden", "3");

        // loaded from such a snapshot the household would know no casus (404); from its events it knows the triage
        ApiClient.Answer nogEens = bram.post(pad + "/triage", triage);
        assertThat(nogEens.status()).as(nogEens.body().toString()).isEqualTo(409);
        assertThat(nogEens.body().get("regel").asText()).isEqualTo("triage-eenmalig");
    }

    private void snapshot(String huishouden, long volgnummer, String klasse, String revisie) {
        jdbc.sql("""
                        INSERT INTO snapshotevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                            metadata, payload, payloadrevision, payloadtype, timestamp)
                        VALUES (:id, :volgnummer, 'Huishouden', :eventId, :metadata, :payload, :revisie, :klasse,
                            '2026-03-02T09:00:00Z')""")
                .param("id", huishouden)
                .param("volgnummer", volgnummer)
                .param("eventId", UUID.randomUUID().toString())
                .param("metadata", "{}".getBytes(StandardCharsets.UTF_8))
                .param("payload", "{}".getBytes(StandardCharsets.UTF_8))
                .param("revisie", revisie)
                .param("klasse", klasse)
                .update();
    }
}
