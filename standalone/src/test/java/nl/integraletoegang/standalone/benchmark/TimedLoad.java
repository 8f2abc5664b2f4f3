package nl.integraletoegang.standalone.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Runs the same work on several threads, first to warm up and then for a measured window. An operation counts
 * when it completes inside the window, and only then is its latency kept, so the warm-up and the ramp-down leave
 * no trace in the figures. The machine's resource use is taken at the window's edges.
 */
final class TimedLoad {

    /** One client thread's work: each call does one or more timed operations. */
    interface Worker extends AutoCloseable {

        void iteration(Timer timer) throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    /** Times the operations of one thread against the shared window. */
    static final class Timer {

        private final long windowStart;
        private final long windowEnd;
        private final AtomicBoolean stopped;
        private final Samples samples = new Samples();

        private Timer(long windowStart, long windowEnd, AtomicBoolean stopped) {
            this.windowStart = windowStart;
            this.windowEnd = windowEnd;
            this.stopped = stopped;
        }

        <T> T time(Callable<T> operation) throws Exception {
            long start = System.nanoTime();
            T result = operation.call();
            long end = System.nanoTime();
            if (end >= windowStart && end < windowEnd) {
                samples.add(end - start);
            }
            return result;
        }

        private boolean running() {
            return !stopped.get();
        }
    }

    /**
     * What completed in the window: sorted latencies in nanoseconds, failures anywhere in the run, resource use (null
     * when run without a meter, against a server in another process).
     */
    record Result(Duration window, long[] sortedLatencies, long errors, String firstError, ResourceUsage usage,
                  CatchUp catchUp) {

        long operations() {
            return sortedLatencies.length;
        }

        double perSecond() {
            return operations() / (window.toNanos() / 1e9);
        }

        double p50Millis() {
            return Samples.percentileMillis(sortedLatencies, 50);
        }

        double p99Millis() {
            return Samples.percentileMillis(sortedLatencies, 99);
        }
    }

    /**
     * The projections' backlog (events appended but not yet processed by every projection) at the window's edges,
     * and the time after the window until it was back to its level at the start. {@code usage} runs from the window's
     * start to that moment: the work the window's commands caused, including what the projections had left to do.
     */
    record CatchUp(long backlogAtStart, long backlogAtEnd, double seconds, boolean complete, ResourceUsage usage) {

        /** Commands per second the projections could keep up with: the window's commands over window and catch-up. */
        double sustainedPerSecond(Result result) {
            return result.operations() / (result.window().toNanos() / 1e9 + seconds);
        }
    }

    static final String CLIENT_THREAD_PREFIX = "benchmark-client-";
    private static final Duration LONGEST_CATCH_UP = Duration.ofMinutes(10);

    private TimedLoad() {
    }

    static Result run(int threads, Duration warmUp, Duration measured, Supplier<Worker> workers, ResourceMeter meter)
            throws Exception {
        return run(threads, warmUp, measured, workers, meter, null);
    }

    /** @param backlog the projections' backlog; when given, the result includes their catch-up after the window */
    static Result run(int threads, Duration warmUp, Duration measured, Supplier<Worker> workers, ResourceMeter meter,
                      LongSupplier backlog) throws Exception {
        List<Worker> created = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            created.add(workers.get());
        }
        long windowStart = System.nanoTime() + warmUp.toNanos();
        long windowEnd = windowStart + measured.toNanos();
        // the clients go on until the resource use at the window's end is read, so it sees them at work
        AtomicBoolean stopped = new AtomicBoolean();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        List<Timer> timers = new ArrayList<>();
        List<Thread> running = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Worker worker = created.get(i);
            Timer timer = new Timer(windowStart, windowEnd, stopped);
            timers.add(timer);
            Thread thread = new Thread(() -> {
                while (timer.running()) {
                    try {
                        worker.iteration(timer);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e.toString());
                    }
                }
            }, CLIENT_THREAD_PREFIX + i);
            thread.start();
            running.add(thread);
        }
        sleepUntil(windowStart);
        ResourceMeter.Reading before = meter == null ? null : meter.read();
        long backlogAtStart = backlog == null ? 0 : backlog.getAsLong();
        sleepUntil(windowEnd);
        ResourceMeter.Reading after = meter == null ? null : meter.read();
        long backlogAtEnd = backlog == null ? 0 : backlog.getAsLong();
        stopped.set(true);
        for (Thread thread : running) {
            thread.join();
        }
        CatchUp catchUp = null;
        if (backlog != null && meter != null) {
            long deadline = System.nanoTime() + LONGEST_CATCH_UP.toNanos();
            boolean complete;
            while (!(complete = backlog.getAsLong() <= backlogAtStart) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            ResourceMeter.Reading caughtUp = meter.read();
            catchUp = new CatchUp(backlogAtStart, backlogAtEnd, Math.max(0, System.nanoTime() - windowEnd) / 1e9,
                    complete, ResourceUsage.between(before, caughtUp));
        }
        for (Worker worker : created) {
            worker.close();
        }
        List<Samples> samples = timers.stream().map(timer -> timer.samples).toList();
        return new Result(measured, Samples.mergedAndSorted(samples), errors.get(), firstError.get(),
                meter == null ? null : ResourceUsage.between(before, after), catchUp);
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long remaining;
        while ((remaining = nanoTime - System.nanoTime()) > 0) {
            Thread.sleep(Math.max(1, remaining / 1_000_000));
        }
    }
}
