package nl.integraletoegang.query.beheer;

import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lets a projection's batch commit without waiting for PostgreSQL to flush its WAL to disk ({@code SET LOCAL
 * synchronous_commit = off}, for that transaction only). A projection is derived from the event store: its rows and
 * its token commit in one transaction, so after a crash of PostgreSQL a batch that had not reached the disk is gone
 * together with its token, and the projection handles those events again from the event store. Nothing is lost
 * and nothing is applied twice; the read side only looks a fraction of a second older until it has caught up. The
 * command side's transactions (events, the BSN register, idempotency keys, keys of personal data) keep waiting for
 * the flush: fsync stays on and an accepted command is on disk before its answer.
 *
 * <p>Only the batches of a projection (a streaming processor with a dead-letter queue) are affected, never a saga's
 * processor, whose commands would go out again, nor a subscribing handler, which runs in the command's transaction.
 * {@code integrale-toegang.projecties.synchronous-commit=true} makes every batch wait for the flush again.
 */
@Component
class AsynchroneProjectieCommits implements ConfigurerModule {

    private static final String GEZET = AsynchroneProjectieCommits.class.getName() + ".gezet";

    private final JdbcClient jdbc;
    private final boolean synchroon;

    AsynchroneProjectieCommits(JdbcClient jdbc,
                               @Value("${integrale-toegang.projecties.synchronous-commit:false}") boolean synchroon) {
        this.jdbc = jdbc;
        this.synchroon = synchroon;
    }

    @Override
    public void configureModule(org.axonframework.config.Configurer configurer) {
        if (synchroon) {
            return;
        }
        configurer.eventProcessing(processing -> processing.registerDefaultHandlerInterceptor(
                (configuration, naam) -> new Interceptor(configuration, naam)));
    }

    private final class Interceptor implements MessageHandlerInterceptor<EventMessage<?>> {

        private final Configuration configuration;
        private final String processor;
        /** Decided on first use: the dead-letter queues exist only once Axon has configured every processor. */
        private final AtomicReference<Boolean> projectie = new AtomicReference<>();

        private Interceptor(Configuration configuration, String processor) {
            this.configuration = configuration;
            this.processor = processor;
        }

        @Override
        public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain)
                throws Exception {
            UnitOfWork<?> batch = unitOfWork.root();
            // a projection's own batch: the root of its unit of work, in a transaction of its own
            if (batch == unitOfWork && batch instanceof BatchingUnitOfWork<?> && isProjectie()
                    && TransactionSynchronizationManager.isActualTransactionActive()
                    && !batch.resources().containsKey(GEZET)) {
                batch.resources().put(GEZET, Boolean.TRUE);
                jdbc.sql("SET LOCAL synchronous_commit = off").update();
            }
            return chain.proceed();
        }

        private boolean isProjectie() {
            Boolean bekend = projectie.get();
            if (bekend == null) {
                bekend = configuration.eventProcessingConfiguration().deadLetterQueue(processor).isPresent();
                projectie.set(bekend);
            }
            return bekend;
        }
    }
}
