package nl.integraletoegang.query.zoeken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.integraletoegang.api.casus.CasusOpened;
import nl.integraletoegang.api.casus.Casusregisseur;
import nl.integraletoegang.api.casus.CasusregisseurAppointed;
import nl.integraletoegang.api.casus.LidRegistered;
import nl.integraletoegang.api.huishouden.Adres;
import nl.integraletoegang.api.huishouden.AdresRegistered;
import nl.integraletoegang.api.huishouden.HuishoudenMoved;
import nl.integraletoegang.api.huishouden.LidJoined;
import nl.integraletoegang.api.huishouden.LidLeft;
import nl.integraletoegang.api.huishouden.LidRol;
import nl.integraletoegang.api.medewerker.Rol;
import nl.integraletoegang.api.privacy.PersoonsgegevensGewist;
import nl.integraletoegang.api.samenvoeging.HuishoudenMergedInto;
import nl.integraletoegang.api.zoeken.FindOvereenkomsten;
import nl.integraletoegang.api.zoeken.GevondenHuishouden;
import nl.integraletoegang.api.zoeken.Overeenkomst;
import nl.integraletoegang.api.zoeken.ZoekHuishoudens;
import nl.integraletoegang.platform.persistence.SchemaMigrations;
import nl.integraletoegang.platform.security.Medewerker;
import nl.integraletoegang.platform.invoer.GeenToegangException;
import nl.integraletoegang.query.inzage.InzageLog;
import nl.integraletoegang.platform.vrager.Vrager;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The search index on a real PostgreSQL, fed with the household contract's events: the address is searchable and
 * the label follows the address and the members (the first ouder names the household), a move changes both, who
 * leaves or is erased is no longer found, an erased household's address is gone, and only access workers search.
 */
class ZoekindexProjectionTest {

    private static EmbeddedPostgres postgres;
    private static HikariDataSource dataSource;
    private static ZoekindexProjection projectie;
    private static HuishoudenZoeker zoeker;
    private static JdbcClient jdbc;
    private static final MetaData ANNA = new Vrager(new Medewerker("anna", Rol.TOEGANGSMEDEWERKER, "WMO"),
            "GET /api/huishoudens/zoeken", null).alsMetaData();

    @BeforeAll
    static void database() throws Exception {
        Path root = Path.of("target", "embedded-pg");
        Files.createDirectories(root.resolve("bin"));
        postgres = EmbeddedPostgres.builder().setDataDirectory(root.resolve("zoekindex")).setCleanDataDirectory(true)
                .setOverrideWorkingDirectory(root.resolve("bin").toFile()).start();
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        SchemaMigrations.forOwner(dataSource, "query").afterPropertiesSet();
        jdbc = JdbcClient.create(dataSource);
        BsnHash hash = new BsnHash("test-sleutel-van-zestien-tekens");
        projectie = new ZoekindexProjection(jdbc, hash);
        zoeker = new HuishoudenZoeker(jdbc, hash, new ZoekLog(jdbc, Clock.systemUTC(), hash,
                new InzageLog(jdbc, Clock.systemUTC())), new DataSourceTransactionManager(dataSource));
    }

    @AfterAll
    static void stop() throws Exception {
        dataSource.close();
        postgres.close();
    }

    private static List<GevondenHuishouden> zoek(ZoekHuishoudens vraag) {
        return zoeker.handle(vraag, ANNA).items();
    }

    private static List<GevondenHuishouden> opAdres(String postcode, int huisnummer) {
        return zoek(new ZoekHuishoudens(null, postcode, huisnummer, null, null, 0, 20));
    }

    private static List<GevondenHuishouden> opNaam(String naam) {
        return zoek(new ZoekHuishoudens(null, null, null, naam, null, 0, 20));
    }

    @Test
    void theAddressIsSearchableAndTheLabelFollowsAddressMembersAndMoves() {
        projectie.on(new CasusOpened("hh-a", "c-a", "Centrum"));
        projectie.on(new LidRegistered("hh-a", "c-a", "p-kind", "Youssef El Amrani", LocalDate.of(2012, 1, 1),
                null, LidRol.KIND), 1);
        projectie.on(new LidRegistered("hh-a", "c-a", "p-moeder", "Fatima El Amrani", LocalDate.of(1981, 1, 1),
                "111222333", LidRol.OUDER), 2);
        projectie.on(new AdresRegistered("hh-a", "c-a", new Adres("7411 ab", 12, "a", null, "Kerkstraat",
                "Deventer"), LocalDate.of(2026, 1, 1)));
        projectie.on(new CasusregisseurAppointed("hh-a", "c-a", new Casusregisseur("anna", "WMO")));

        List<GevondenHuishouden> gevonden = opAdres("7411AB", 12);
        assertThat(gevonden).extracting(GevondenHuishouden::huishoudenId).containsExactly("hh-a");
        assertThat(gevonden.get(0).label()).isEqualTo("Huishouden El Amrani, Kerkstraat 12A, Deventer");
        assertThat(gevonden.get(0).regisseurTeam()).isEqualTo("WMO");

        projectie.on(new HuishoudenMoved("hh-a", "c-a", new Adres("8011CD", 3, null, null, "Markt", "Zwolle"),
                LocalDate.of(2026, 3, 1)));
        assertThat(opAdres("7411AB", 12)).isEmpty();
        assertThat(opAdres("8011CD", 3).get(0).label()).isEqualTo("Huishouden El Amrani, Markt 3, Zwolle");

        List<GevondenHuishouden> overeenkomsten = zoeker.handle(new FindOvereenkomsten(List.of(), "8011CD", 3), ANNA);
        assertThat(overeenkomsten).singleElement().satisfies(kandidaat -> assertThat(kandidaat.redenen())
                .containsExactly(Overeenkomst.ADRES));
    }

    @Test
    void whoLeavesOrIsErasedIsNoLongerFoundAndAnErasedAddressIsGone() {
        projectie.on(new CasusOpened("hh-b", "c-b", null));
        projectie.on(new LidRegistered("hh-b", "c-b", "p-piet", "Piet Vertrekker", LocalDate.of(1970, 1, 1),
                "123456782", LidRol.PARTNER), 1);
        projectie.on(new LidJoined("hh-b", "c-b", "p-els", "Els Blijver", LocalDate.of(1972, 2, 2), null,
                LidRol.PARTNER, LocalDate.of(2026, 2, 1)), 2);
        projectie.on(new AdresRegistered("hh-b", "c-b", new Adres("1234AB", 1, null, null, "Dorpsstraat", "Ede"),
                LocalDate.of(2026, 1, 1)));
        assertThat(opNaam("Vertrekker")).hasSize(1);
        assertThat(opAdres("1234AB", 1).get(0).label()).isEqualTo("Huishouden Vertrekker, Dorpsstraat 1, Ede");

        projectie.on(new LidLeft("hh-b", "c-b", "p-piet", LocalDate.of(2026, 4, 1), "Verhuisd"));
        assertThat(opNaam("Vertrekker")).isEmpty();
        assertThat(zoek(new ZoekHuishoudens("123456782", null, null, null, null, 0, 20))).isEmpty();
        assertThat(opAdres("1234AB", 1).get(0).label()).isEqualTo("Huishouden Blijver, Dorpsstraat 1, Ede");

        projectie.on(new PersoonsgegevensGewist("hh-b", "p-els", "Bewaartermijn verstreken"));
        projectie.on(new PersoonsgegevensGewist("hh-b", "hh-b", "Bewaartermijn verstreken"));
        assertThat(opNaam("Blijver")).isEmpty();
        assertThat(opAdres("1234AB", 1)).isEmpty();
    }

    @Test
    void aMergedHouseholdsMembersAreFoundInTheHouseholdTheyContinueIn() {
        projectie.on(new CasusOpened("hh-doel", "c-doel", null));
        projectie.on(new LidRegistered("hh-doel", "c-doel", "p-oudste", "Hanna Samensteller", LocalDate.of(1960, 1, 1),
                null, LidRol.OUDER), 1);
        projectie.on(new CasusOpened("hh-bron", "c-bron", null));
        projectie.on(new LidRegistered("hh-bron", "c-bron", "p-zoon", "Ruben Samensteller", LocalDate.of(2001, 1, 1),
                null, LidRol.KIND), 1);
        assertThat(opNaam("Ruben Samensteller")).extracting(GevondenHuishouden::huishoudenId)
                .containsExactly("hh-bron");

        projectie.on(new HuishoudenMergedInto("hh-bron", "c-bron", "s-1", "hh-doel", "c-doel"));
        assertThat(opNaam("Ruben Samensteller")).extracting(GevondenHuishouden::huishoudenId)
                .containsExactly("hh-doel");
        assertThat(opNaam("Samensteller")).extracting(GevondenHuishouden::huishoudenId).containsExactly("hh-doel");
    }

    @Test
    void aNameWordNobodyHasAnyMoreLeavesTheWordList() {
        projectie.on(new CasusOpened("hh-w", "c-w", null));
        projectie.on(new LidRegistered("hh-w", "c-w", "p-uniek", "Zeldzaam Qwertyna", LocalDate.of(1990, 1, 1),
                null, LidRol.OVERIG), 1);
        assertThat(woord("qwertyna")).isTrue();
        projectie.on(new PersoonsgegevensGewist("hh-w", "p-uniek", "Bewaartermijn verstreken"));
        assertThat(woord("qwertyna")).isFalse();
        assertThat(opNaam("Qwertyna")).isEmpty();
    }

    private static boolean woord(String woord) {
        return jdbc.sql("SELECT count(*) FROM zoek_naamwoord WHERE woord = :woord").param("woord", woord)
                .query(Long.class).single() > 0;
    }

    @Test
    void onlyAccessWorkersSearch() {
        MetaData petra = new Vrager(new Medewerker("petra", Rol.PROCESREGISSEUR, null), "x", null).alsMetaData();
        assertThatThrownBy(() -> zoeker.handle(new ZoekHuishoudens(null, null, null, "Jansen", null, 0, 20), petra))
                .isInstanceOf(GeenToegangException.class);
        assertThatThrownBy(() -> zoeker.handle(new ZoekHuishoudens(null, null, null, "Jansen", null, 0, 20),
                MetaData.emptyInstance())).isInstanceOf(GeenToegangException.class);
    }
}
