package nl.integraletoegang.standalone;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its data (kept across restarts) and where it unpacks its binaries.
 *
 * @param dataDirectory the cluster's data folder; created on first start, reused afterwards
 * @param workingDirectory where the PostgreSQL binaries are unpacked; empty means the system's temp folder
 * @param port the port to listen on; 0 picks a free one
 * @param serverConfig further server settings on top of the project's (e.g. {@code shared_preload_libraries} for
 *                     {@code pg_stat_statements} while measuring); the durability settings cannot be overridden here
 */
@ConfigurationProperties(EmbeddedPostgresConfiguration.PREFIX)
public record EmbeddedPostgresProperties(Path dataDirectory, Path workingDirectory, int port,
                                         Map<String, String> serverConfig) {

    public EmbeddedPostgresProperties {
        dataDirectory = dataDirectory == null ? Path.of("data", "postgres") : dataDirectory;
        serverConfig = serverConfig == null ? Map.of() : Map.copyOf(serverConfig);
    }
}
