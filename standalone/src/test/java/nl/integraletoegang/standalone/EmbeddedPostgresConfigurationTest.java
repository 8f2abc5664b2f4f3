package nl.integraletoegang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The embedded PostgreSQL: started early, before the context reads its configuration, and stopped with the context;
 * further server settings, e.g. to load {@code pg_stat_statements} while measuring.
 */
class EmbeddedPostgresConfigurationTest {

    @TempDir
    Path data;

    @Test
    void appliesFurtherServerSettingsOnTopOfTheProjectsOwn() throws Exception {
        var properties = new EmbeddedPostgresProperties(data, null, 0,
                Map.of("shared_preload_libraries", "pg_stat_statements", "work_mem", "8MB"));
        try (EmbeddedPostgres postgres = EmbeddedPostgresConfiguration.start(properties);
             Connection connection = postgres.getPostgresDatabase().getConnection()) {
            assertThat(show(connection, "work_mem")).isEqualTo("8MB");
            assertThat(show(connection, "shared_preload_libraries")).isEqualTo("pg_stat_statements");
            assertThat(show(connection, "fsync")).isEqualTo("on");
            assertThat(show(connection, "synchronous_commit")).isEqualTo("on");
        }
    }

    @Test
    void refusesToChangeDurability() {
        var properties = new EmbeddedPostgresProperties(data, null, 0, Map.of("fsync", "off"));
        assertThatThrownBy(() -> EmbeddedPostgresConfiguration.start(properties))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("fsync");
        assertThat(data).isEmptyDirectory();
    }

    @Test
    void theInitializerStartsTheServerBeforeTheContextIsRefreshedAndTheClosingContextStopsIt() throws Exception {
        GenericApplicationContext context = new GenericApplicationContext();
        TestPropertyValues.of("integrale-toegang.embedded-postgres.data-directory=" + data).applyTo(context);
        new EmbeddedPostgresStart.Initializer().initialize(context);
        EmbeddedPostgresStart start = (EmbeddedPostgresStart) context.getBeanFactory()
                .getSingleton(EmbeddedPostgresStart.BEAN_NAME);
        assertThat(start).as("started before the context is refreshed").isNotNull();
        EmbeddedPostgres server = start.server();
        try (Connection connection = server.getPostgresDatabase().getConnection()) {
            assertThat(show(connection, "fsync")).isEqualTo("on");
        }

        context.refresh();
        context.close();

        assertThatThrownBy(() -> server.getPostgresDatabase().getConnection().close())
                .as("stopped with the context").isInstanceOf(SQLException.class);
    }

    @Test
    void theInitializerStartsNothingWhenAnotherDatabaseIsConfigured() {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            TestPropertyValues.of("integrale-toegang.embedded-postgres.data-directory=" + data,
                    "spring.datasource.url=jdbc:postgresql://elders:5432/toegang").applyTo(context);
            new EmbeddedPostgresStart.Initializer().initialize(context);

            assertThat(context.getBeanFactory().containsSingleton(EmbeddedPostgresStart.BEAN_NAME)).isFalse();
            assertThat(data).isEmptyDirectory();
        }
    }

    private static String show(Connection connection, String setting) throws Exception {
        try (ResultSet result = connection.createStatement().executeQuery("SHOW " + setting)) {
            result.next();
            return result.getString(1);
        }
    }
}
