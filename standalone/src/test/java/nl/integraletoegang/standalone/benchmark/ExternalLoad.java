package nl.integraletoegang.standalone.benchmark;

import java.time.Duration;
import java.util.Locale;

/**
 * Load for a server started elsewhere (the footprint script, {@code standalone/footprint.sh}): the six-step flow of
 * {@link FullFlowBenchmark} over HTTP by {@code -Dbenchmark.threads} clients against {@code -Dbenchmark.port} for
 * {@code -Dbenchmark.measure-seconds}, then commands/s and p50/p99.
 */
public final class ExternalLoad {

    private ExternalLoad() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.getInteger("benchmark.port", 8080);
        int threads = Integer.getInteger("benchmark.threads", 16);
        Duration measured = Duration.ofSeconds(Integer.getInteger("benchmark.measure-seconds", 60));
        System.setProperty("http.maxConnections", String.valueOf(threads));
        TimedLoad.Result result = TimedLoad.run(threads, Duration.ZERO, measured,
                () -> new HttpFlows(port, "bram", "SCHULDHULP", "petra"), null);
        System.out.println(String.format(Locale.ROOT, "load             %d clients, %d s: %,.0f commands/s, "
                        + "p50/p99 %.1f / %.1f ms, %d errors%s", threads, measured.toSeconds(), result.perSecond(),
                result.p50Millis(), result.p99Millis(), result.errors(),
                result.errors() == 0 ? "" : " (first: " + result.firstError() + ")"));
        System.exit(result.errors() == 0 ? 0 : 1);
    }
}
