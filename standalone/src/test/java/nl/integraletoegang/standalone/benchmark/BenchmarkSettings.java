package nl.integraletoegang.standalone.benchmark;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What one benchmark run does, from system properties ({@code -Dbenchmark.threads=16} and so on), with defaults
 * that make a run take about two minutes on a 2-core machine.
 *
 * @param threads concurrent clients, the same number for the HTTP flows and for the insert ceiling
 * @param warmUp HTTP flows run this long before measuring starts (JIT, connection pools, Axon caches)
 * @param measured the measured window of the HTTP flows
 * @param ceilingWarmUp raw inserts run this long before measuring starts
 * @param ceilingMeasured the measured window of the raw inserts
 * @param user the demo user sending the commands; its password is its name
 * @param team the user's team: it takes in the melding, so its user can be the casusregisseur
 * @param dataDirectory the embedded PostgreSQL's data folder, emptied before the run
 * @param binariesDirectory where the embedded PostgreSQL binaries are unpacked
 */
record BenchmarkSettings(int threads, Duration warmUp, Duration measured, Duration ceilingWarmUp,
                         Duration ceilingMeasured, String user, String team,
                         Path dataDirectory, Path binariesDirectory) {

    static BenchmarkSettings fromSystemProperties() {
        return new BenchmarkSettings(
                Integer.getInteger("benchmark.threads", 16),
                seconds("benchmark.warmup-seconds", 30),
                seconds("benchmark.measure-seconds", 60),
                seconds("benchmark.ceiling-warmup-seconds", 5),
                seconds("benchmark.ceiling-measure-seconds", 20),
                System.getProperty("benchmark.user", "bram"),
                System.getProperty("benchmark.team", "SCHULDHULP"),
                Path.of(System.getProperty("benchmark.data-directory", "target/benchmark/postgres")),
                Path.of(System.getProperty("benchmark.binaries-directory", "target/embedded-pg/bin")));
    }

    private static Duration seconds(String property, int defaultSeconds) {
        return Duration.ofSeconds(Integer.getInteger(property, defaultSeconds));
    }
}
