package nl.integraletoegang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.integraletoegang.api.medewerker.Rol;
import nl.integraletoegang.api.samenvoeging.SamenvoegingStatus;
import nl.integraletoegang.platform.security.Medewerker;
import nl.integraletoegang.platform.security.Toegang;
import nl.integraletoegang.query.inzage.HuishoudenToegang;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Over a generated municipality (two years of meldingen, triages, routings, regisseur changes, escalations and
 * closings), need to know from its own read model answers exactly what the rule answered on the overview's, the
 * escalation queue's and the merges' tables before, for every worker the history names and every household; and its
 * rebuild is timed.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"integrale-toegang.generator.enabled=true", "integrale-toegang.generator.threads=2"})
class HuishoudenToegangGeneratorTest {

    /** More for a figure: {@code -Dtoegang.huishoudens=2000}. */
    private static final int HUISHOUDENS = Integer.getInteger("toegang.huishoudens", 150);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "toegang-generator");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HuishoudenToegang toegang;

    /** The rule as it was decided on the other projections' tables (main before the read model of its own). */
    private boolean vroeger(Medewerker medewerker, String huishoudenId) {
        return switch (medewerker.rol()) {
            case AUDITOR -> true;
            case MANAGER, BEHEERDER -> false;
            case TOEGANGSMEDEWERKER -> jdbc.sql("""
                            SELECT EXISTS (
                                SELECT 1 FROM casus_overzicht c
                                WHERE (c.huishouden_id = :huishouden
                                       OR c.huishouden_id IN (SELECT doel_huishouden_id FROM samenvoeging_overzicht
                                                              WHERE bron_huishouden_id = :huishouden
                                                                AND status = :voltooid))
                                  AND (c.regisseur_gebruikersnaam = :gebruiker
                                       OR c.regisseur_team = :team
                                       OR EXISTS (SELECT 1 FROM hulpvraag_overzicht h
                                                  WHERE h.casus_id = c.casus_id AND h.team = :team)))""")
                    .param("huishouden", huishoudenId)
                    .param("voltooid", SamenvoegingStatus.VOLTOOID.name())
                    .param("gebruiker", medewerker.gebruikersnaam())
                    .param("team", medewerker.team() == null ? "" : medewerker.team())
                    .query(Boolean.class).single();
            case PROCESREGISSEUR, DOORBRAAKTEAM -> jdbc.sql("""
                            SELECT EXISTS (
                                SELECT 1 FROM escalatiewachtrij
                                WHERE huishouden_id = :huishouden AND teruggegeven_op IS NULL
                                  AND (niveau IN (:niveaus) OR opgepakt_door = :gebruiker))""")
                    .param("huishouden", huishoudenId)
                    .param("niveaus", Toegang.zichtbareNiveaus(medewerker).stream().map(Enum::name).toList())
                    .param("gebruiker", medewerker.gebruikersnaam())
                    .query(Boolean.class).single();
        };
    }

    private Optional<String> huishoudenVanCasusVroeger(String casusId) {
        return jdbc.sql("""
                        SELECT huishouden_id FROM casus_overzicht WHERE casus_id = :casus
                        UNION SELECT huishouden_id FROM casus_historie WHERE casus_id = :casus
                        LIMIT 1""")
                .param("casus", casusId).query(String.class).optional();
    }

    /** Every worker the read models name (regisseurs, teams, who took escalations up) and one of each other role. */
    private List<Medewerker> medewerkers() {
        Set<Medewerker> medewerkers = new LinkedHashSet<>();
        jdbc.sql("SELECT DISTINCT regisseur_gebruikersnaam, regisseur_team FROM casus_overzicht "
                        + "WHERE regisseur_gebruikersnaam IS NOT NULL ORDER BY 1, 2")
                .query((rs, rij) -> new Medewerker(rs.getString(1), Rol.TOEGANGSMEDEWERKER, rs.getString(2)))
                .list().forEach(medewerkers::add);
        jdbc.sql("SELECT DISTINCT team FROM hulpvraag_overzicht WHERE team IS NOT NULL ORDER BY 1")
                .query((rs, rij) -> new Medewerker("collega-" + rs.getString(1).toLowerCase(),
                        Rol.TOEGANGSMEDEWERKER, rs.getString(1)))
                .list().forEach(medewerkers::add);
        for (String behandelaar : jdbc.sql("SELECT DISTINCT opgepakt_door FROM escalatiewachtrij "
                + "WHERE opgepakt_door IS NOT NULL ORDER BY 1").query(String.class).list()) {
            medewerkers.add(new Medewerker(behandelaar, Rol.PROCESREGISSEUR, "PROCESREGIE"));
            medewerkers.add(new Medewerker(behandelaar, Rol.DOORBRAAKTEAM, "DOORBRAAK"));
        }
        medewerkers.add(new Medewerker("petra", Rol.PROCESREGISSEUR, "PROCESREGIE"));
        medewerkers.add(new Medewerker("dirk", Rol.DOORBRAAKTEAM, "DOORBRAAK"));
        medewerkers.add(new Medewerker("aart", Rol.AUDITOR, null));
        medewerkers.add(new Medewerker("maria", Rol.MANAGER, null));
        medewerkers.add(new Medewerker("bea", Rol.BEHEERDER, null));
        medewerkers.add(new Medewerker("zonder-team", Rol.TOEGANGSMEDEWERKER, null));
        return new ArrayList<>(medewerkers);
    }

    private void awaitBijgewerkt(ApiClient beheerder) {
        // seven projections catch up with the whole history on a small machine: allow for the size of the municipality
        await().atMost(Duration.ofSeconds(180 + HUISHOUDENS / 2)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(
                beheerder.get("/api/beheer/projecties").body()).isNotEmpty().allSatisfy(projectie -> {
                    assertThat(projectie.get("actief").asBoolean()).isTrue();
                    assertThat(projectie.get("herbouwt").asBoolean()).isFalse();
                    assertThat(projectie.get("achterstand").asLong()).isZero();
                }));
    }

    @Test
    void overAGeneratedMunicipalityTheOwnReadModelAnswersWhatTheRuleAnsweredOnTheOtherTables() {
        ApiClient bea = new ApiClient(port, "bea");
        ApiClient.Answer gestart = bea.post("/api/beheer/generator", Map.of("huishoudens", HUISHOUDENS, "jaren", 2,
                "seed", 14, "tot", "2026-06-01"));
        assertThat(gestart.status()).as(gestart.body().toString()).isEqualTo(202);
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1)).until(() ->
                !bea.get("/api/beheer/generator").body().get("bezig").asBoolean());
        JsonNode generator = bea.get("/api/beheer/generator").body();
        assertThat(generator.get("mislukt").asInt()).as(generator.toString()).isZero();
        awaitBijgewerkt(bea);

        List<Medewerker> medewerkers = medewerkers();
        List<String> huishoudens = jdbc.sql("SELECT DISTINCT aggregateidentifier FROM domainevententry "
                + "ORDER BY 1").query(String.class).list();
        int ja = 0;
        for (Medewerker medewerker : medewerkers) {
            for (String huishouden : huishoudens) {
                boolean nu = toegang.magInzien(medewerker, huishouden);
                assertThat(nu).as(medewerker + " for " + huishouden).isEqualTo(vroeger(medewerker, huishouden));
                ja += nu ? 1 : 0;
            }
        }
        List<String> casussen = jdbc.sql("SELECT DISTINCT casus_id FROM casus_historie ORDER BY 1")
                .query(String.class).list();
        for (String casus : casussen) {
            assertThat(toegang.huishoudenVanCasus(casus)).as(casus).isEqualTo(huishoudenVanCasusVroeger(casus));
        }
        long events = jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
        int vragen = medewerkers.size() * huishoudens.size();
        // a meaningful comparison: workers other than the auditor are let in, and many are refused
        assertThat(ja).isGreaterThan(huishoudens.size()).isLessThan(vragen - 2 * huishoudens.size());

        long start = System.nanoTime();
        assertThat(bea.post("/api/beheer/projecties/huishoudentoegang/herbouw", Map.of()).status()).isEqualTo(202);
        awaitBijgewerkt(bea);
        double seconden = (System.nanoTime() - start) / 1e9;
        for (Medewerker medewerker : medewerkers) {
            for (String huishouden : huishoudens) {
                assertThat(toegang.magInzien(medewerker, huishouden)).as(medewerker + " for " + huishouden)
                        .isEqualTo(vroeger(medewerker, huishouden));
            }
        }
        // for comparison, the overview's rebuild measured the same way
        long overzichtStart = System.nanoTime();
        assertThat(bea.post("/api/beheer/projecties/huishoudenoverzicht/herbouw", Map.of()).status()).isEqualTo(202);
        awaitBijgewerkt(bea);
        double overzicht = (System.nanoTime() - overzichtStart) / 1e9;
        System.out.printf("need to know: %d households, %d events, %d workers, %d questions (%d granted), "
                        + "%d casussen: the same answers as the rule on the other tables; rebuilt alone in %.1f s "
                        + "(%.0f events/s, including the polling of the lag; the overview: %.1f s)%n",
                huishoudens.size(), events, medewerkers.size(), vragen, ja, casussen.size(), seconden,
                events / seconden, overzicht);
    }
}
