package nl.integraletoegang.standalone.benchmark;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Reads the counters that tell where a run's time went: CPU of this JVM (application and clients), of the
 * PostgreSQL processes and of the whole machine, and PostgreSQL's committed transactions and WAL flushes.
 */
final class ResourceMeter {

    /**
     * Counters at one moment; machine and PostgreSQL figures are in clock ticks, and zero off Linux. The JVM's
     * threads are keyed by thread id.
     */
    record Reading(long nanoTime, long jvmCpuNanos, Map<Long, ThreadCpu> threads, long machineTicks,
                   long machineIdleTicks, long machineIoWaitTicks, long postgresTicks, long commits, long walSyncs) {
    }

    /**
     * One JVM thread's CPU time so far, the bytes it allocated so far (-1 where the JVM cannot tell), and what the
     * thread does.
     */
    record ThreadCpu(ThreadRole role, long nanos, long allocatedBytes) {
    }

    /** What a JVM thread does, told by its name; JIT compilation and garbage collection have no Java threads. */
    enum ThreadRole {
        REQUESTS("HTTP requests (web server threads: security, MVC, command handling)"),
        PROJECTIONS("projections (event processors of the query side)"),
        CLIENTS("the benchmark's clients"),
        OTHER("other application threads");

        final String description;

        ThreadRole(String description) {
            this.description = description;
        }

        static ThreadRole of(String threadName) {
            if (threadName.startsWith("http-nio-") && threadName.contains("-exec-")) {
                return REQUESTS;
            }
            if (threadName.startsWith("WorkPackage[") || threadName.startsWith("Coordinator[")
                    || threadName.startsWith("EmbeddedEventStore")) {
                return PROJECTIONS;
            }
            return threadName.startsWith(TimedLoad.CLIENT_THREAD_PREFIX) ? CLIENTS : OTHER;
        }
    }

    private static final Path PROC_STAT = Path.of("/proc/stat");

    private final DataSource dataSource;
    private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final com.sun.management.ThreadMXBean allocation = (com.sun.management.ThreadMXBean) threads;
    private final long postmasterPid;

    ResourceMeter(DataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        this.postmasterPid = postmasterPid(dataSource);
    }

    Reading read() throws SQLException {
        long[] machine = machineTicks();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            return new Reading(System.nanoTime(), os.getProcessCpuTime(), threadCpu(), machine[0], machine[1],
                    machine[2], postgresTicks(),
                    single(statement, "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()"),
                    single(statement, "SELECT wal_sync FROM pg_stat_wal"));
        }
    }

    private Map<Long, ThreadCpu> threadCpu() {
        Map<Long, ThreadCpu> cpu = new HashMap<>();
        for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (thread != null) {
                long nanos = threads.getThreadCpuTime(thread.getThreadId());
                if (nanos >= 0) {
                    cpu.put(thread.getThreadId(), new ThreadCpu(ThreadRole.of(thread.getThreadName()), nanos,
                            allocation.getThreadAllocatedBytes(thread.getThreadId())));
                }
            }
        }
        return cpu;
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet resultSet = statement.executeQuery(sql)) {
            resultSet.next();
            return resultSet.getLong(1);
        }
    }

    /**
     * CPU ticks of this database's PostgreSQL processes so far: the postmaster's and each backend's own, plus what
     * the postmaster has collected from backends that ended (connections closed by the pool or the ceiling's
     * clients). Other PostgreSQL servers on the machine are left out.
     */
    private long postgresTicks() {
        if (postmasterPid == 0) {
            return 0;
        }
        long total = 0;
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                if (!entry.getFileName().toString().chars().allMatch(Character::isDigit)) {
                    continue;
                }
                Optional<ProcessTicks> process = ProcessTicks.read(entry.resolve("stat"));
                if (process.isPresent() && process.get().pid() == postmasterPid) {
                    total += process.get().own() + process.get().children();
                } else if (process.isPresent() && process.get().parentPid() == postmasterPid) {
                    total += process.get().own();
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return total;
    }

    /** The PostgreSQL server's main process: the parent of this connection's backend, if it runs on this machine. */
    private static long postmasterPid(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            long backend = single(statement, "SELECT pg_backend_pid()");
            return ProcessTicks.read(Path.of("/proc", String.valueOf(backend), "stat"))
                    .filter(process -> process.command().equals("postgres"))
                    .map(ProcessTicks::parentPid)
                    .orElse(0L);
        }
    }

    /** One process's line in /proc/[pid]/stat: who it is, and its CPU ticks and those of its reaped children. */
    private record ProcessTicks(long pid, String command, long parentPid, long own, long children) {

        static Optional<ProcessTicks> read(Path stat) {
            try {
                String line = Files.readString(stat);
                int open = line.indexOf('(');
                int close = line.lastIndexOf(')');
                // after the command: state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt
                // utime stime cutime cstime ...
                String[] fields = line.substring(close + 2).split(" ");
                return Optional.of(new ProcessTicks(Long.parseLong(line.substring(0, open).trim()),
                        line.substring(open + 1, close), Long.parseLong(fields[1]),
                        Long.parseLong(fields[11]) + Long.parseLong(fields[12]),
                        Long.parseLong(fields[13]) + Long.parseLong(fields[14])));
            } catch (IOException | RuntimeException e) {
                // the process ended while being read
                return Optional.empty();
            }
        }
    }

    /** Total, idle and iowait ticks of all CPUs from the first line of /proc/stat; zeros where there is none. */
    private static long[] machineTicks() {
        if (!Files.isReadable(PROC_STAT)) {
            return new long[3];
        }
        try (Stream<String> lines = Files.lines(PROC_STAT)) {
            String[] fields = lines.findFirst().orElseThrow().trim().split("\\s+");
            long total = 0;
            // user nice system idle iowait irq softirq steal; guest time is already in user and nice
            for (int i = 1; i <= Math.min(8, fields.length - 1); i++) {
                total += Long.parseLong(fields[i]);
            }
            return new long[] {total, Long.parseLong(fields[4]), Long.parseLong(fields[5])};
        } catch (IOException e) {
            return new long[3];
        }
    }
}
