package nl.integraletoegang.standalone.benchmark;

import java.util.Locale;

/** Prints the run's set-up and figures in a fixed layout, so runs can be compared line by line. */
final class Report {

    /** Above this share of the machine, another workload skews the figures (the kernel's own stays below). */
    private static final double OTHER_LOAD_WARNING = 0.10;

    private final String title;
    private final BenchmarkSettings settings;
    private final String database;
    private final String location;
    private final int poolSize;
    private final int cores = Runtime.getRuntime().availableProcessors();

    Report(String title, BenchmarkSettings settings, String database, String location, int poolSize) {
        this.title = title;
        this.settings = settings;
        this.database = database;
        this.location = location;
        this.poolSize = poolSize;
    }

    void printSetup() {
        line("");
        line("== %s ==", title);
        line("machine          %d cores, %s %s, Java %s", cores, System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"));
        line("database         %s", database);
        line("                 %s", location);
        line("clients          %d threads (HTTP flows and raw inserts alike), application pool %d connections",
                settings.threads(), poolSize);
        line("raw inserts      %d s warm-up, %d s measured", settings.ceilingWarmUp().toSeconds(),
                settings.ceilingMeasured().toSeconds());
        line("flows            %d s warm-up, %d s measured, as %s (team %s)", settings.warmUp().toSeconds(),
                settings.measured().toSeconds(), settings.user(), settings.team());
    }

    void printCeiling(TimedLoad.Result ceiling) {
        line("");
        line("-- ceiling: single-row INSERT, autocommit, one connection per thread --");
        line("inserts          %,d in %d s", ceiling.operations(), ceiling.window().toSeconds());
        line("inserts/s        %,.0f", ceiling.perSecond());
        line("latency p50/p99  %.2f / %.2f ms", ceiling.p50Millis(), ceiling.p99Millis());
        usage(ceiling, ceiling.operations(), "insert");
        errors(ceiling);
    }

    /**
     * @param what the flow and the boundary it is driven at
     * @param commandsPerFlow how many commands one flow sends
     */
    void printFlows(TimedLoad.Result flows, String what, int commandsPerFlow) {
        line("");
        line("-- write path: %s --", what);
        line("commands         %,d in %d s (%,.1f flows/s)", flows.operations(), flows.window().toSeconds(),
                flows.perSecond() / commandsPerFlow);
        line("commands/s       %,.0f", flows.perSecond());
        line("latency p50/p99  %.2f / %.2f ms", flows.p50Millis(), flows.p99Millis());
        usage(flows, flows.operations(), "command");
        catchUp(flows);
        errors(flows);
    }

    /** What the projections had left at the window's end, and the figures with their catch-up included. */
    private void catchUp(TimedLoad.Result flows) {
        TimedLoad.CatchUp catchUp = flows.catchUp();
        if (catchUp == null || flows.operations() == 0) {
            return;
        }
        ResourceUsage usage = catchUp.usage();
        long operations = flows.operations();
        double postgres = usage.postgres() * usage.seconds() * cores;
        line("projections      backlog %,d events at the window's start, %,d at its end; back to the start's level "
                + "%.1f s after the window", catchUp.backlogAtStart(), catchUp.backlogAtEnd(), catchUp.seconds());
        if (!catchUp.complete()) {
            line("WARNING          the projections had not caught up %.0f s after the window: the sustained figure "
                    + "below is too high", catchUp.seconds());
        }
        line("with catch-up    %,.0f commands/s sustained (the window's commands over window and catch-up); CPU per "
                        + "command %.2f ms: %.2f ms this JVM (projections %.2f ms) + %.2f ms PostgreSQL",
                catchUp.sustainedPerSecond(flows), 1000 * (usage.jvmCpuSeconds() + postgres) / operations,
                1000 * usage.jvmCpuSeconds() / operations,
                1000 * usage.threadCpuSeconds().getOrDefault(ResourceMeter.ThreadRole.PROJECTIONS, 0.0) / operations,
                1000 * postgres / operations);
    }

    void printRatio(TimedLoad.Result flows, TimedLoad.Result ceiling) {
        printRatio("", flows, ceiling);
    }

    void printRatio(String label, TimedLoad.Result flows, TimedLoad.Result ceiling) {
        line("");
        line("== %scommands/s / inserts/s = %,.0f / %,.0f = %.3f ==", label, flows.perSecond(), ceiling.perSecond(),
                flows.perSecond() / ceiling.perSecond());
        if (flows.catchUp() != null) {
            double sustained = flows.catchUp().sustainedPerSecond(flows);
            line("== %ssustained commands/s / inserts/s = %,.0f / %,.0f = %.3f ==", label, sustained,
                    ceiling.perSecond(), sustained / ceiling.perSecond());
        }
        line("");
    }

    private void usage(TimedLoad.Result result, long operations, String unit) {
        ResourceUsage usage = result.usage();
        line("CPU of %d cores   machine %.0f%% busy (%.0f%% I/O wait): this JVM %.0f%%, PostgreSQL %.0f%%, "
                        + "other %.0f%%", cores, 100 * usage.machineBusy(), 100 * usage.machineIoWait(),
                100 * usage.jvmShare(cores), 100 * usage.postgres(), 100 * usage.otherShare(cores));
        if (usage.otherShare(cores) > OTHER_LOAD_WARNING) {
            line("WARNING          other processes took %.0f%% of the machine: these figures are low",
                    100 * usage.otherShare(cores));
        }
        if (operations > 0) {
            line("per %-12s %.2f transactions, %.2f WAL flushes", unit, (double) usage.commits() / operations,
                    (double) usage.walSyncs() / operations);
            line("CPU per %-8s %.2f ms: %.2f ms this JVM + %.2f ms PostgreSQL", unit,
                    1000 * (usage.jvmCpuSeconds() + usage.postgres() * usage.seconds() * cores) / operations,
                    1000 * usage.jvmCpuSeconds() / operations,
                    1000 * usage.postgres() * usage.seconds() * cores / operations);
            usage.threadCpuSeconds().forEach((role, seconds) -> {
                if (seconds * 1000 / operations >= 0.005) {
                    line("  JVM %7.2f ms  %s", 1000 * seconds / operations, role.description);
                }
            });
            line("  JVM %7.2f ms  JIT compiler, garbage collector", 1000 * usage.jvmInternalCpuSeconds() / operations);
            line("allocated per %-3s %s", unit, usage.threadAllocatedBytes().entrySet().stream()
                    .filter(role -> role.getValue() / operations >= 1024)
                    .map(role -> String.format(Locale.ROOT, "%s %,d KB", role.getKey().name().toLowerCase(Locale.ROOT),
                            role.getValue() / operations / 1024))
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
    }

    private static void errors(TimedLoad.Result result) {
        if (result.errors() > 0) {
            line("ERRORS           %,d, the first: %s", result.errors(), result.firstError());
        }
    }

    private static void line(String format, Object... arguments) {
        System.out.println(String.format(Locale.ROOT, format, arguments));
    }
}
