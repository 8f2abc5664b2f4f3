package nl.integraletoegang.standalone;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The embedded PostgreSQL on its own, for the distributed set-up without containers ({@code docker/distributed.sh}):
 * the same binaries and settings as standalone mode, on a fixed port, until the process is stopped.
 *
 * <p>Usage: {@code java -cp standalone.jar -Dloader.main=nl.integraletoegang.standalone.EmbeddedPostgresServer
 * org.springframework.boot.loader.launch.PropertiesLauncher <data directory> <port>}
 */
public final class EmbeddedPostgresServer {

    private EmbeddedPostgresServer() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: EmbeddedPostgresServer <data directory> <port>");
            System.exit(2);
        }
        EmbeddedPostgres postgres = EmbeddedPostgresConfiguration.durable(Path.of(args[0]))
                .setPort(Integer.parseInt(args[1]))
                // Reachable by the other processes of the set-up, which may run as other users.
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }));
        System.out.println("PostgreSQL ready on port " + postgres.getPort());
        new CountDownLatch(1).await();
    }
}
