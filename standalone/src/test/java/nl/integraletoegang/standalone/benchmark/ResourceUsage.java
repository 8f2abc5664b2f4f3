package nl.integraletoegang.standalone.benchmark;

import java.util.EnumMap;
import java.util.Map;

/**
 * Resource use over a measured window.
 *
 * @param seconds the window's length
 * @param jvmCpuSeconds CPU time of this JVM: the application, its embedded web server and the benchmark clients
 * @param threadCpuSeconds the part of it used by each kind of thread; the rest is JIT compilation and GC
 * @param machineBusy fraction of all cores' time not idle and not waiting for I/O; NaN where unknown
 * @param machineIoWait fraction of all cores' time idle while waiting for I/O; NaN where unknown
 * @param postgres fraction of all cores' time spent by the benchmark's PostgreSQL server; NaN where unknown
 * @param commits transactions PostgreSQL committed in the benchmark database
 * @param walSyncs WAL flushes to disk (fsync or fdatasync), shared by concurrent commits
 * @param threadAllocatedBytes the bytes each kind of thread allocated: unlike CPU time, hardly changed by other
 *        load on the machine, so it compares runs on a busy machine
 */
record ResourceUsage(double seconds, double jvmCpuSeconds, Map<ResourceMeter.ThreadRole, Double> threadCpuSeconds,
                     double machineBusy, double machineIoWait, double postgres, long commits, long walSyncs,
                     Map<ResourceMeter.ThreadRole, Long> threadAllocatedBytes) {

    static ResourceUsage between(ResourceMeter.Reading before, ResourceMeter.Reading after) {
        long ticks = after.machineTicks() - before.machineTicks();
        long idle = after.machineIdleTicks() - before.machineIdleTicks();
        long ioWait = after.machineIoWaitTicks() - before.machineIoWaitTicks();
        return new ResourceUsage((after.nanoTime() - before.nanoTime()) / 1e9,
                (after.jvmCpuNanos() - before.jvmCpuNanos()) / 1e9,
                threadCpuSeconds(before.threads(), after.threads()),
                ticks == 0 ? Double.NaN : (double) (ticks - idle - ioWait) / ticks,
                ticks == 0 ? Double.NaN : (double) ioWait / ticks,
                ticks == 0 ? Double.NaN : (double) (after.postgresTicks() - before.postgresTicks()) / ticks,
                after.commits() - before.commits(),
                after.walSyncs() - before.walSyncs(),
                threadAllocatedBytes(before.threads(), after.threads()));
    }

    private static Map<ResourceMeter.ThreadRole, Long> threadAllocatedBytes(
            Map<Long, ResourceMeter.ThreadCpu> before, Map<Long, ResourceMeter.ThreadCpu> after) {
        Map<ResourceMeter.ThreadRole, Long> bytes = new EnumMap<>(ResourceMeter.ThreadRole.class);
        for (ResourceMeter.ThreadRole role : ResourceMeter.ThreadRole.values()) {
            bytes.put(role, 0L);
        }
        after.forEach((id, thread) -> {
            ResourceMeter.ThreadCpu earlier = before.get(id);
            if (thread.allocatedBytes() >= 0) {
                long allocated = thread.allocatedBytes() - (earlier == null ? 0 : Math.max(0, earlier.allocatedBytes()));
                bytes.merge(thread.role(), allocated, Long::sum);
            }
        });
        return bytes;
    }

    /** Per role, the CPU of the threads alive at the window's end; a thread started inside it counts in full. */
    private static Map<ResourceMeter.ThreadRole, Double> threadCpuSeconds(
            Map<Long, ResourceMeter.ThreadCpu> before, Map<Long, ResourceMeter.ThreadCpu> after) {
        Map<ResourceMeter.ThreadRole, Double> seconds = new EnumMap<>(ResourceMeter.ThreadRole.class);
        for (ResourceMeter.ThreadRole role : ResourceMeter.ThreadRole.values()) {
            seconds.put(role, 0.0);
        }
        after.forEach((id, thread) -> {
            ResourceMeter.ThreadCpu earlier = before.get(id);
            long nanos = thread.nanos() - (earlier == null ? 0 : earlier.nanos());
            seconds.merge(thread.role(), nanos / 1e9, Double::sum);
        });
        return seconds;
    }

    /** JIT compilation, garbage collection and other JVM-internal work: the JVM's CPU outside its Java threads. */
    double jvmInternalCpuSeconds() {
        return jvmCpuSeconds - threadCpuSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** This JVM's CPU as a fraction of all cores' time. */
    double jvmShare(int cores) {
        return jvmCpuSeconds / (seconds * cores);
    }

    /** What kept the machine busy besides this JVM and its PostgreSQL: other processes, the kernel. */
    double otherShare(int cores) {
        return machineBusy - jvmShare(cores) - postgres;
    }
}
