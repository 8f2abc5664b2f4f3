package nl.integraletoegang.query.huishouden;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Waits, without holding a request thread, until a condition on the read models holds (a household's overview has
 * reached a version), checking it every few milliseconds on a small scheduler of its own.
 */
@Component
class VersieWachter implements DisposableBean {

    private static final Duration POLL = Duration.ofMillis(20);

    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "versie-wachter");
        thread.setDaemon(true);
        return thread;
    });

    /** Completes with {@code true} once {@code bereikt} holds, or with {@code false} after {@code geduld}. */
    CompletableFuture<Boolean> wachtTot(BooleanSupplier bereikt, Duration geduld) {
        CompletableFuture<Boolean> uitkomst = new CompletableFuture<>();
        long tot = System.nanoTime() + geduld.toNanos();
        scheduler.execute(() -> controleer(bereikt, tot, uitkomst));
        return uitkomst;
    }

    private void controleer(BooleanSupplier bereikt, long tot, CompletableFuture<Boolean> uitkomst) {
        try {
            if (bereikt.getAsBoolean()) {
                uitkomst.complete(true);
            } else if (System.nanoTime() > tot) {
                uitkomst.complete(false);
            } else {
                scheduler.schedule(() -> controleer(bereikt, tot, uitkomst), POLL.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (RuntimeException e) {
            uitkomst.completeExceptionally(e);
        }
    }

    /** Runs the answer off the scheduler's checking, on the same small pool. */
    void voerUit(Runnable taak) {
        scheduler.execute(taak);
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
