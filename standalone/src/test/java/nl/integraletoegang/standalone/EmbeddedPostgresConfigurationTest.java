package nl.integraletoegang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Further server settings for the embedded PostgreSQL, e.g. to load {@code pg_stat_statements} while measuring. */
class EmbeddedPostgresConfigurationTest {

    @TempDir
    Path data;

    @Test
    void appliesFurtherServerSettingsOnTopOfTheProjectsOwn() throws Exception {
        var properties = new EmbeddedPostgresProperties(data, null, 0,
                Map.of("shared_preload_libraries", "pg_stat_statements", "work_mem", "8MB"));
        try (EmbeddedPostgres postgres = new EmbeddedPostgresConfiguration().embeddedPostgres(properties);
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
        assertThatThrownBy(() -> new EmbeddedPostgresConfiguration().embeddedPostgres(properties))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("fsync");
        assertThat(data).isEmptyDirectory();
    }

    private static String show(Connection connection, String setting) throws Exception {
        try (ResultSet result = connection.createStatement().executeQuery("SHOW " + setting)) {
            result.next();
            return result.getString(1);
        }
    }
}
