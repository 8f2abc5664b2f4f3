package nl.integraletoegang.query.beheer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A projection that replays (a beheerder's rebuild) or catches up (a full batch: it is behind) commits its batches
 * without waiting for the disk ({@code SET LOCAL synchronous_commit}, default {@code off}). Such a batch can always
 * be redone: its token is stored in the same transaction as its rows, so a crash that loses the last batches loses
 * both, and the projection processes those events again from the older token. Live batches (fewer events than the
 * batch size) keep the server's setting, so a worker never reads something that a crash would take away again.
 *
 * <p>{@code integrale-toegang.projecties.inhaal-synchronous-commit=on} makes catch-ups wait for the disk as well.
 */
@Configuration(proxyBeanMethods = false)
class InhaalCommits {

    private static final Set<String> WAARDEN = Set.of("off", "local", "remote_write", "remote_apply", "on");
    private static final String GEZET = InhaalCommits.class.getName() + ".gezet";

    @Bean
    ConfigurerModule inhaalCommitsVoorProjecties(EventProcessorProperties properties, DataSource dataSource,
                                                 ObjectProvider<MeterRegistry> meters,
                                                 @Value("${integrale-toegang.projecties.inhaal-synchronous-commit:off}")
                                                 String instelling) {
        String waarde = instelling.strip().toLowerCase(Locale.ROOT);
        if (!WAARDEN.contains(waarde)) {
            throw new IllegalStateException("integrale-toegang.projecties.inhaal-synchronous-commit must be one of "
                    + WAARDEN + ", not " + instelling);
        }
        if (waarde.equals("on")) {
            return configurer -> {
            };
        }
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String sql = "SET LOCAL synchronous_commit TO " + waarde;
        return configurer -> properties.getProcessors().forEach((naam, instellingen) -> {
            // the projections are the processors with a dead-letter queue; a saga's processor is left as it is
            if (instellingen.getDlq().isEnabled()) {
                int batchSize = instellingen.getBatchSize();
                configurer.eventProcessing().registerHandlerInterceptor(naam, config ->
                        new Interceptor(batchSize, jdbc, sql, meters));
            }
        });
    }

    /** Decides once per batch, just before it commits, when all of its events are known. */
    private static final class Interceptor implements MessageHandlerInterceptor<EventMessage<?>> {

        private final int batchSize;
        private final JdbcTemplate jdbc;
        private final String sql;
        private final ObjectProvider<MeterRegistry> meters;
        private volatile Counter teller;

        Interceptor(int batchSize, JdbcTemplate jdbc, String sql, ObjectProvider<MeterRegistry> meters) {
            this.batchSize = batchSize;
            this.jdbc = jdbc;
            this.sql = sql;
            this.meters = meters;
        }

        @Override
        public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork,
                             org.axonframework.messaging.InterceptorChain interceptorChain) throws Exception {
            UnitOfWork<?> batch = unitOfWork.root();
            if (batch instanceof BatchingUnitOfWork<?> batching && batch.resources().putIfAbsent(GEZET, true) == null) {
                boolean replay = replay(unitOfWork.getMessage());
                batch.onPrepareCommit(u -> {
                    if (replay || batching.getMessages().size() >= batchSize) {
                        jdbc.execute(sql);
                        tel();
                    }
                });
            }
            return interceptorChain.proceed();
        }

        private static boolean replay(EventMessage<?> message) {
            return message instanceof TrackedEventMessage<?> tracked && ReplayToken.isReplay(tracked);
        }

        private void tel() {
            Counter counter = teller;
            if (counter == null) {
                MeterRegistry registry = meters.getIfAvailable();
                if (registry == null) {
                    return;
                }
                counter = Counter.builder("projecties.inhaalbatches")
                        .description("Projection batches of a rebuild or catch-up committed without waiting for "
                                + "the disk").register(registry);
                teller = counter;
            }
            counter.increment();
        }
    }
}
