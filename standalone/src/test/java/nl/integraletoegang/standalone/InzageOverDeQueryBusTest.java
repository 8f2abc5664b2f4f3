package nl.integraletoegang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import nl.integraletoegang.api.beheer.FindGeblokkeerdHuishouden;
import nl.integraletoegang.api.beheer.FindProjectiestanden;
import nl.integraletoegang.api.beheer.Projectiebeheer;
import nl.integraletoegang.api.beheer.Projectiestanden;
import nl.integraletoegang.api.beheer.StartHerbouw;
import nl.integraletoegang.api.error.Leesweigering;
import nl.integraletoegang.api.historie.CasusHistorie;
import nl.integraletoegang.api.historie.CasussenVanHuishouden;
import nl.integraletoegang.api.historie.FindCasusHistorie;
import nl.integraletoegang.api.historie.FindCasussenVanHuishouden;
import nl.integraletoegang.api.historie.FindHuishoudenVanCasus;
import nl.integraletoegang.api.huishouden.FindHuishoudenOverzicht;
import nl.integraletoegang.api.huishouden.FindHuishoudenVersie;
import nl.integraletoegang.api.huishouden.HuishoudenOverzicht;
import nl.integraletoegang.api.medewerker.Rol;
import nl.integraletoegang.api.samenvoeging.FindSamenvoegingen;
import nl.integraletoegang.api.samenvoeging.Samenvoegingen;
import nl.integraletoegang.platform.security.Medewerker;
import nl.integraletoegang.platform.vrager.Vrager;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryResponseMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Need to know and the access log hold for every client of the query bus, not only for the controllers: a query sent
 * straight onto the bus (as the web UI in its own process does) gets the household only for an asker who works on it,
 * nothing for an unrelated worker or without an asker, and each answered read leaves its entry with the asker's
 * endpoint and correlation id.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InzageOverDeQueryBusTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "inzagequerybus");
    }

    @LocalServerPort
    int port;

    @Autowired
    QueryBus queryBus;

    @Autowired
    JdbcClient jdbc;

    private static final Vrager ANNA = new Vrager(new Medewerker("anna", Rol.TOEGANGSMEDEWERKER, "WMO"),
            "GET /huishoudens/{huishoudenId}", "corr-anna");
    private static final Vrager BRAM = new Vrager(new Medewerker("bram", Rol.TOEGANGSMEDEWERKER, "SCHULDHULP"),
            "GET /huishoudens/{huishoudenId}", "corr-bram");

    private <R> R vraag(Object query, ResponseType<R> antwoord, MetaData metaData) {
        return queryBus.query(new GenericQueryMessage<>(query, antwoord).andMetaData(metaData)).join().getPayload();
    }

    private long regels(String huishoudenId, String gebruiker) {
        return jdbc.sql("SELECT count(*) FROM inzage_log WHERE huishouden_id = :h AND gebruiker = :g")
                .param("h", huishoudenId).param("g", gebruiker).query(Long.class).single();
    }

    @Test
    void onlyAnAskerWithNeedToKnowGetsTheHouseholdAndEachReadIsLogged() {
        String huishouden = "hh-querybus-" + UUID.randomUUID();
        ApiClient.Answer melding = new ApiClient(port, "anna").post("/api/meldingen", Map.of("huishoudenId", huishouden,
                "kanaal", "INLOOP", "levensdomeinen", List.of("WMO_ONDERSTEUNING"), "omschrijving", "Traplift nodig",
                "leden", List.of(Map.of("naam", "Joost Bakker", "geboortedatum", "1950-07-30", "bsn", TestBsn.nieuw()))));
        assertThat(melding.status()).as(melding.body().toString()).isEqualTo(201);
        String casus = melding.body().get("casusId").asText();
        await().atMost(Duration.ofSeconds(20)).until(() -> vraag(new FindHuishoudenVersie(huishouden),
                ResponseTypes.instanceOf(Long.class), MetaData.emptyInstance()) >= 0);
        await().atMost(Duration.ofSeconds(20)).until(() -> vraag(new FindHuishoudenVanCasus(casus),
                ResponseTypes.optionalInstanceOf(String.class), ANNA.alsMetaData()).isPresent());

        Optional<HuishoudenOverzicht> voorAnna = vraag(new FindHuishoudenOverzicht(huishouden),
                ResponseTypes.optionalInstanceOf(HuishoudenOverzicht.class), ANNA.alsMetaData());
        assertThat(voorAnna).hasValueSatisfying(overzicht -> assertThat(overzicht.huishoudenId()).isEqualTo(huishouden));
        assertThat(regels(huishouden, "anna")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT endpoint || ' ' || correlatie_id FROM inzage_log WHERE huishouden_id = :h")
                .param("h", huishouden).query(String.class).single())
                .isEqualTo("GET /huishoudens/{huishoudenId} corr-anna");

        // an unrelated worker and a query without an asker get what an unknown household gets, and leave nothing
        assertThat(vraag(new FindHuishoudenOverzicht(huishouden),
                ResponseTypes.optionalInstanceOf(HuishoudenOverzicht.class), BRAM.alsMetaData())).isEmpty();
        assertThat(vraag(new FindHuishoudenOverzicht(huishouden),
                ResponseTypes.optionalInstanceOf(HuishoudenOverzicht.class), MetaData.emptyInstance())).isEmpty();
        assertThat(vraag(new FindCasusHistorie(casus, null, false, 0, 10),
                ResponseTypes.optionalInstanceOf(CasusHistorie.class), BRAM.alsMetaData())).isEmpty();
        assertThat(vraag(new FindSamenvoegingen(huishouden),
                ResponseTypes.optionalInstanceOf(Samenvoegingen.class), BRAM.alsMetaData())).isEmpty();
        assertThat(vraag(new FindCasussenVanHuishouden(huishouden),
                ResponseTypes.instanceOf(CasussenVanHuishouden.class), BRAM.alsMetaData()).casussen()).isEmpty();
        assertThat(vraag(new FindHuishoudenVanCasus(casus),
                ResponseTypes.optionalInstanceOf(String.class), BRAM.alsMetaData())).isEmpty();
        assertThat(regels(huishouden, "bram")).isZero();

        // the history and the casussen of the household are reads of it too
        await().atMost(Duration.ofSeconds(20)).until(() -> vraag(new FindCasusHistorie(casus, null, false, 0, 10),
                ResponseTypes.optionalInstanceOf(CasusHistorie.class), ANNA.alsMetaData()).isPresent());
        assertThat(vraag(new FindCasussenVanHuishouden(huishouden),
                ResponseTypes.instanceOf(CasussenVanHuishouden.class), ANNA.alsMetaData()).casussen())
                .extracting(CasussenVanHuishouden.Casus::casusId).containsExactly(casus);
        assertThat(vraag(new FindSamenvoegingen(huishouden),
                ResponseTypes.optionalInstanceOf(Samenvoegingen.class), ANNA.alsMetaData())).isPresent();
        assertThat(regels(huishouden, "anna")).isEqualTo(3);
    }

    /** Projection management over the bus: for beheerders only, and its refusals carry status and reason as details. */
    @Test
    void projectionManagementRefusesInDetailsThatCrossAxonServerToo() {
        Vrager bea = new Vrager(new Medewerker("bea", Rol.BEHEERDER, null), "GET /beheer", "corr-bea");
        assertThat(vraag(new FindProjectiestanden(), ResponseTypes.instanceOf(Projectiestanden.class),
                bea.alsMetaData()).standen()).extracting(Projectiebeheer.Stand::naam).contains("casushistorie");

        assertThat(weigering(new FindGeblokkeerdHuishouden("casushistorie", "hh-niet-geblokkeerd"), bea))
                .satisfies(weigering -> {
                    assertThat(weigering.status()).isEqualTo(404);
                    assertThat(weigering.detail()).contains("staat in casushistorie niet vast");
                });
        assertThat(weigering(new FindProjectiestanden(), ANNA).status()).isEqualTo(403);
        assertThat(weigering(new StartHerbouw("casushistorie"), ANNA).status()).isEqualTo(403);
    }

    private Leesweigering weigering(Object query, Vrager vrager) {
        Throwable oorzaak;
        try {
            QueryResponseMessage<Object> antwoord = queryBus.query(new GenericQueryMessage<>(query,
                    ResponseTypes.instanceOf(Object.class)).andMetaData(vrager.alsMetaData())).join();
            oorzaak = antwoord.isExceptional() ? antwoord.exceptionResult() : null;
        } catch (CompletionException omhulsel) {
            oorzaak = omhulsel.getCause();
        }
        assertThat(oorzaak).isInstanceOf(QueryExecutionException.class);
        return ((QueryExecutionException) oorzaak).<Leesweigering>getDetails().orElseThrow();
    }
}
