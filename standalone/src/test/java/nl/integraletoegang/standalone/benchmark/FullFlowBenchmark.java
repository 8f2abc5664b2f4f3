package nl.integraletoegang.standalone.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import nl.integraletoegang.api.beheer.Projectiebeheer;
import nl.integraletoegang.query.beheer.Projecties;
import nl.integraletoegang.query.versheid.GedeeldeEventCache;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The full-flow benchmark: the six commands of the case flow the workflow engine of the comparison was measured on
 * (docs/benchmarks.md) — melding, triage, plan version, escalation to the procesregisseur, take-up by the
 * procesregisseur, hand-back with the agreed plan — for a new household each time, by concurrent clients in two
 * variants: over HTTP, and in-process through Axon's command gateway with the metadata a request carries. Around
 * them the raw-insert ceiling of the same run, on the same database, with fsync on.
 *
 * <p>Run it with {@code ./mvnw -pl standalone -am -Pfull-flow-benchmark -DskipTests verify}; a main class rather
 * than a test, so the ordinary build never runs it. {@code -Dbenchmark.variants=http} or {@code =gateway} runs one.
 */
public final class FullFlowBenchmark {

    private static final int COMMANDS_PER_FLOW = 6;
    private static final String PROCESREGISSEUR = System.getProperty("benchmark.procesregisseur", "petra");
    /**
     * In-process clients: 8, as the engine of the comparison was driven. Each holds a database connection for as
     * long as its command runs, so more than the pool's 10 would wait for connections rather than for the CPU.
     */
    private static final int GATEWAY_THREADS = Integer.getInteger("benchmark.gateway-threads", 8);

    private FullFlowBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        List<String> variants = Arrays.asList(System.getProperty("benchmark.variants", "http,gateway").split(","));
        System.setProperty("http.maxConnections", String.valueOf(settings.threads()));
        WritePathBenchmark.deleteRecursively(settings.dataDirectory());
        int exitCode;
        try (ConfigurableApplicationContext application = WritePathBenchmark.start(settings)) {
            exitCode = run(settings, variants, application);
        }
        System.exit(exitCode);
    }

    private static int run(BenchmarkSettings settings, List<String> variants,
                           ConfigurableApplicationContext application) throws Exception {
        int port = ((WebServerApplicationContext) application).getWebServer().getPort();
        HikariDataSource dataSource = (HikariDataSource) application.getBean(DataSource.class);
        InsertCeiling.Database database = new InsertCeiling.Database(dataSource.getJdbcUrl(),
                dataSource.getUsername(), dataSource.getPassword());
        ResourceMeter meter = new ResourceMeter(dataSource);
        Report report = new Report("Full-flow benchmark", settings, WritePathBenchmark.describeDatabase(dataSource),
                WritePathBenchmark.location(application, dataSource), dataSource.getMaximumPoolSize());
        report.printSetup();

        InsertCeiling.createTable(database);
        TimedLoad.Result ceiling = TimedLoad.run(settings.threads(), settings.ceilingWarmUp(),
                settings.ceilingMeasured(), () -> InsertCeiling.worker(database), meter);
        InsertCeiling.dropTable(database);
        report.printCeiling(ceiling);

        Projecties projecties = application.getBean(Projecties.class);
        LongSupplier backlog = () -> projecties.standen().stream().mapToLong(Projectiebeheer.Stand::achterstand).sum();
        long errors = ceiling.errors();
        if (variants.contains("http")) {
            TimedLoad.Result http = TimedLoad.run(settings.threads(), settings.warmUp(), settings.measured(),
                    () -> new HttpFlows(port, settings.user(), settings.team(), PROCESREGISSEUR), meter, backlog);
            report.printFlows(http, "six-step flow over HTTP (melding, triage, plan, escalatie, oppakken as "
                    + PROCESREGISSEUR + ", teruggave), one command per request", COMMANDS_PER_FLOW);
            report.printRatio("HTTP: ", http, ceiling);
            errors += http.errors();
        }
        if (variants.contains("gateway")) {
            TimedLoad.Result gateway = TimedLoad.run(GATEWAY_THREADS, settings.warmUp(), settings.measured(),
                    () -> new GatewayFlows(application, settings.user(), settings.team(), PROCESREGISSEUR), meter,
                    backlog);
            report.printFlows(gateway, "six-step flow in-process through the CommandGateway, "
                    + GATEWAY_THREADS + " clients (their threads run the command handling)", COMMANDS_PER_FLOW);
            report.printRatio("in-process: ", gateway, ceiling);
            errors += gateway.errors();
        }
        GedeeldeEventCache cache = application.getBeanProvider(GedeeldeEventCache.class).getIfAvailable();
        System.out.println(cache == null ? "shared events: off" : String.format("shared events over the whole run: "
                        + "%,d hits, %,d misses (hit rate %.1f%%)", cache.treffers(), cache.missers(),
                100.0 * cache.treffers() / Math.max(1, cache.treffers() + cache.missers())));
        return errors == 0 ? 0 : 1;
    }
}
