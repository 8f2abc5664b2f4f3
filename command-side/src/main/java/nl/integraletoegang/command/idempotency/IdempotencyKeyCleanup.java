package nl.integraletoegang.command.idempotency;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Idempotency keys only need to outlive a client's retries. Older keys are removed every hour by a db-scheduler
 * task, which runs on one command-side instance at a time.
 */
@Configuration(proxyBeanMethods = false)
public class IdempotencyKeyCleanup {

    private final JdbcClient jdbc;
    private final Duration retention;

    IdempotencyKeyCleanup(JdbcClient jdbc,
                          @Value("${integrale-toegang.idempotency.retention}") Duration retention) {
        this.jdbc = jdbc;
        this.retention = retention;
    }

    /** Forgets the keys older than the retention; returns how many. */
    public int forgetExpiredKeys() {
        return jdbc.sql("DELETE FROM idempotency_key WHERE created_at < now() - make_interval(secs => :seconds)")
                .param("seconds", retention.toSeconds())
                .update();
    }

    @Bean
    RecurringTask<Void> idempotencyKeyCleanupTask() {
        return Tasks.recurring("idempotency-key-cleanup", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> forgetExpiredKeys());
    }
}
