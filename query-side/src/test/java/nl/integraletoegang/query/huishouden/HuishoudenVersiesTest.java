package nl.integraletoegang.query.huishouden;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.integraletoegang.platform.persistence.SchemaMigrations;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A version table is written once per household and batch, when the batch commits, with the highest version. */
class HuishoudenVersiesTest {

    private static final Path ROOT = Path.of("target", "embedded-pg");

    private static EmbeddedPostgres postgres;
    private static HikariDataSource dataSource;
    private static HuishoudenVersies versies;

    @BeforeAll
    static void startDatabase() throws Exception {
        Files.createDirectories(ROOT.resolve("bin"));
        postgres = EmbeddedPostgres.builder().setDataDirectory(ROOT.resolve("huishouden-versies"))
                .setCleanDataDirectory(true).setOverrideWorkingDirectory(ROOT.resolve("bin").toFile()).start();
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(2);
        SchemaMigrations.forOwner(dataSource, "query").afterPropertiesSet();
        versies = new HuishoudenVersies(JdbcClient.create(dataSource), "huishouden_versie");
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        dataSource.close();
        postgres.close();
    }

    @BeforeEach
    void empty() {
        versies.leeg();
    }

    private static UnitOfWork<?> batch() {
        return DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
    }

    @Test
    void aBatchWritesEachHouseholdOnceWithItsHighestVersionWhenItCommits() {
        UnitOfWork<?> batch = batch();
        versies.gelezen("hh-a", 3);
        versies.gelezen("hh-a", 5);
        versies.gelezen("hh-b", 7);
        versies.gelezen("hh-a", 4);
        assertThat(versies.versie("hh-a")).as("nothing is written before the batch commits").isEmpty();

        batch.commit();

        assertThat(versies.versie("hh-a")).contains(5L);
        assertThat(versies.versie("hh-b")).contains(7L);
    }

    @Test
    void aLowerVersionNeverLowersTheRow() {
        versies.gelezen("hh-a", 9);
        UnitOfWork<?> batch = batch();
        versies.gelezen("hh-a", 2);
        batch.commit();

        assertThat(versies.versie("hh-a")).contains(9L);
    }

    @Test
    void aBatchThatRollsBackWritesNothing() {
        UnitOfWork<?> batch = batch();
        versies.gelezen("hh-a", 3);
        batch.rollback();

        assertThat(versies.versie("hh-a")).isEmpty();
    }

    @Test
    void outsideABatchTheVersionIsWrittenAtOnce() {
        versies.gelezen("hh-c", 1);

        assertThat(versies.versie("hh-c")).contains(1L);
    }
}
