package nl.integraletoegang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A projection that rebuilds or catches up commits its batches without waiting for the disk (they can be redone
 * from the token stored with them); live batches keep waiting, and the rebuild yields the same rows.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InhaalCommitsTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "inhaal");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Test
    void aRebuildCommitsWithoutWaitingForTheDiskAndLiveBatchesWait() {
        ApiClient bea = new ApiClient(port, "bea");
        for (int i = 0; i < 3; i++) {
            registreerMelding("hh-inhaal-" + i);
        }
        awaitBijgewerkt(bea);
        // live batches hold a few events of one command each: far below the batch size, so they wait for the disk
        assertThat(inhaalbatches()).isZero();
        List<String> historie = historie();
        assertThat(historie).hasSizeGreaterThanOrEqualTo(3);

        ApiClient.Answer herbouw = bea.post("/api/beheer/projecties/casushistorie/herbouw", Map.of());
        assertThat(herbouw.status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(inhaalbatches()).isPositive());
        awaitBijgewerkt(bea);
        assertThat(historie()).isEqualTo(historie);

        // after the replay the projection is live again: a new melding's batch waits for the disk
        double naHerbouw = inhaalbatches();
        registreerMelding("hh-inhaal-na");
        awaitBijgewerkt(bea);
        assertThat(historie()).hasSizeGreaterThan(historie.size());
        assertThat(inhaalbatches()).isEqualTo(naHerbouw);
    }

    private double inhaalbatches() {
        Counter counter = meters.find("projecties.inhaalbatches").counter();
        return counter == null ? 0 : counter.count();
    }

    private List<String> historie() {
        return jdbc.sql("SELECT t::text FROM casus_historie t ORDER BY 1").query(String.class).list();
    }

    private void registreerMelding(String huishouden) {
        ApiClient bram = new ApiClient(port, "bram");
        ApiClient.Answer melding = bram.postRaw("/api/meldingen", """
                {"huishoudenId": "%s", "kanaal": "TELEFOON", "levensdomeinen": ["SCHULDEN"], "wijk": "Noord",
                 "regime": "SCHULDHULP_VERZOEK_EERSTE_GESPREK",
                 "leden": [{"naam": "Piet Pieters", "geboortedatum": "1960-06-01"}]}""".formatted(huishouden),
                Map.of());
        assertThat(melding.status()).as(melding.body().toString()).isEqualTo(201);
    }

    private void awaitBijgewerkt(ApiClient beheerder) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            ApiClient.Answer answer = beheerder.get("/api/beheer/projecties");
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body()).isNotEmpty().allSatisfy((JsonNode stand) -> {
                assertThat(stand.get("actief").asBoolean()).isTrue();
                assertThat(stand.get("herbouwt").asBoolean()).isFalse();
                assertThat(stand.get("achterstand").asLong()).isZero();
            });
        });
    }
}
