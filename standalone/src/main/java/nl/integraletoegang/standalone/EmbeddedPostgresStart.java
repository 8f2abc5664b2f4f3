package nl.integraletoegang.standalone;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as the application context exists, so that its
 * {@code initdb} and start (about 1.5 s on a fresh data folder) run on the second core while the main thread reads
 * the configuration, instead of after it (docs/benchmarks.md, "Start-up and memory"). The {@code embeddedPostgres}
 * bean waits for it. This start owns the server: it stops it when the context closes, after every bean that uses it,
 * or when the context fails to start.
 *
 * <p>Registered in {@code META-INF/spring.factories}; it does nothing when {@code spring.datasource.url} names
 * another database, the same condition as {@link EmbeddedPostgresConfiguration}'s.
 */
public final class EmbeddedPostgresStart implements DisposableBean {

    static final String BEAN_NAME = "embeddedPostgresStart";

    private final CompletableFuture<EmbeddedPostgres> server;

    private EmbeddedPostgresStart(CompletableFuture<EmbeddedPostgres> server) {
        this.server = server;
    }

    /** Starts it on the calling thread (when no context initializer ran before). */
    static EmbeddedPostgresStart now(EmbeddedPostgresProperties properties) {
        return new EmbeddedPostgresStart(CompletableFuture.completedFuture(start(properties)));
    }

    static EmbeddedPostgresStart inBackground(EmbeddedPostgresProperties properties) {
        CompletableFuture<EmbeddedPostgres> server = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                server.complete(start(properties));
            } catch (RuntimeException | Error e) {
                server.completeExceptionally(e);
            }
        }, "embedded-postgres-start");
        thread.setDaemon(true);
        thread.start();
        return new EmbeddedPostgresStart(server);
    }

    private static EmbeddedPostgres start(EmbeddedPostgresProperties properties) {
        try {
            return EmbeddedPostgresConfiguration.start(properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The running server, once it has started; its failure to start if it did not. */
    EmbeddedPostgres server() {
        try {
            return server.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @Override
    public void destroy() throws IOException {
        EmbeddedPostgres started;
        try {
            started = server.join();
        } catch (CompletionException e) {
            return;
        }
        started.close();
    }

    /** The context initializer that starts it early. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            ConfigurableEnvironment environment = context.getEnvironment();
            if (!environment.getProperty("spring.datasource.url", "").isEmpty()
                    || !(context.getBeanFactory() instanceof DefaultListableBeanFactory beans)
                    || beans.containsBean(BEAN_NAME)) {
                return;
            }
            EmbeddedPostgresProperties properties = Binder.get(environment)
                    .bindOrCreate(EmbeddedPostgresConfiguration.PREFIX, EmbeddedPostgresProperties.class);
            EmbeddedPostgresStart start = inBackground(properties);
            beans.registerSingleton(BEAN_NAME, start);
            beans.registerDisposableBean(BEAN_NAME, start);
        }
    }
}
