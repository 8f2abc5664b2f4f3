package nl.integraletoegang.standalone;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its data (kept across restarts) and where it unpacks its binaries.
 *
 * @param dataDirectory the cluster's data folder; created on first start, reused afterwards
 * @param workingDirectory where the PostgreSQL binaries are unpacked; empty means the system's temp folder
 * @param port the port to listen on; 0 picks a free one
 */
@ConfigurationProperties("integrale-toegang.embedded-postgres")
public record EmbeddedPostgresProperties(Path dataDirectory, Path workingDirectory, int port) {

    public EmbeddedPostgresProperties {
        dataDirectory = dataDirectory == null ? Path.of("data", "postgres") : dataDirectory;
    }
}
