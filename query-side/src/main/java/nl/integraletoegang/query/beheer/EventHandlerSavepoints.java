package nl.integraletoegang.query.beheer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps one failing event handler of the projections from taking its batch down, with savepoints only where one
 * failed. PostgreSQL refuses every further statement in a transaction once one failed; a failing event could then
 * not even be put in the dead-letter queue. A savepoint around every handler would prevent that, but costs two
 * statements per handler and event while nothing fails (a tenth of the projections' CPU, docs/benchmarks.md).
 *
 * <p>So a batch runs without savepoints. When a handler fails in it, the event is remembered, and the dead-letter
 * policy ({@link DeadLetterBeleid}) does not dead-letter it in the broken transaction but fails the batch
 * ({@link BatchOpnieuw}): the whole batch rolls back and the processor takes it up again from its last token. In
 * that retry the remembered event's handlers run in savepoints: only the failing handler's writes are rolled back,
 * the event is dead-lettered, and the rest of the batch commits. Outside a processor's batch (processing dead letters
 * again) every handler runs in a savepoint, as failures are expected there.
 *
 * <p>{@code integrale-toegang.projecties.savepoint-per-handler=true} puts every handler in a savepoint again, as
 * before (to compare, or where a projection's handlers have side effects outside the database that a retried batch
 * would repeat; this application's have none).
 */
@Component
class EventHandlerSavepoints implements HandlerEnhancerDefinition {

    private static final String PROJECTIONS = "nl.integraletoegang.query";
    /** Forgotten all at once beyond this many; a forgotten event that fails again only costs one more retry. */
    private static final int MAX_REMEMBERED = 10_000;
    private static final String BATCH_BROKEN = EventHandlerSavepoints.class.getName() + ".batchBroken";

    private static final Set<String> FAILED_EVENTS = ConcurrentHashMap.newKeySet();

    private final ObjectProvider<PlatformTransactionManager> transactionManager;
    private final ObjectProvider<MeterRegistry> meters;
    private final boolean alwaysInSavepoint;
    private volatile TransactionTemplate savepoint;
    private volatile Counter savepoints;

    EventHandlerSavepoints(ObjectProvider<PlatformTransactionManager> transactionManager,
                           ObjectProvider<MeterRegistry> meters,
                           @Value("${integrale-toegang.projecties.savepoint-per-handler:false}") boolean always) {
        this.transactionManager = transactionManager;
        this.meters = meters;
        this.alwaysInSavepoint = always;
    }

    /** Built on first use: handlers are wrapped while Axon configures itself, before the transaction manager exists. */
    private TransactionTemplate savepoint() {
        TransactionTemplate template = savepoint;
        if (template == null) {
            template = new TransactionTemplate(transactionManager.getObject());
            template.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
            savepoint = template;
        }
        return template;
    }

    private void countSavepoint() {
        Counter counter = savepoints;
        if (counter == null) {
            MeterRegistry registry = meters.getIfAvailable();
            if (registry == null) {
                return;
            }
            counter = Counter.builder("projecties.savepoints")
                    .description("Event handler invocations of the projections run in a savepoint").register(registry);
            savepoints = counter;
        }
        counter.increment();
    }

    /**
     * Whether the current batch's transaction is broken by a handler that failed without a savepoint: then the
     * event cannot be dead-lettered in it, and the batch must be retried.
     */
    static boolean batchBroken() {
        return CurrentUnitOfWork.isStarted()
                && Boolean.TRUE.equals(CurrentUnitOfWork.get().root().getResource(BATCH_BROKEN));
    }

    private static boolean inSavepoint(Message<?> message) {
        if (!CurrentUnitOfWork.isStarted() || !(CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?>)) {
            return true;
        }
        return !FAILED_EVENTS.isEmpty() && FAILED_EVENTS.contains(message.getIdentifier());
    }

    private static void rememberFailure(Message<?> message) {
        if (FAILED_EVENTS.size() >= MAX_REMEMBERED) {
            FAILED_EVENTS.clear();
        }
        FAILED_EVENTS.add(message.getIdentifier());
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        batch.resources().put(BATCH_BROKEN, Boolean.TRUE);
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(EventMessage.class)
                || !original.declaringClass().getPackageName().startsWith(PROJECTIONS)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                if (!alwaysInSavepoint && !inSavepoint(message)) {
                    try {
                        return super.handle(message, target);
                    } catch (Exception | Error e) {
                        rememberFailure(message);
                        throw e;
                    }
                }
                countSavepoint();
                try {
                    return savepoint().execute(status -> {
                        try {
                            return super.handle(message, target);
                        } catch (Exception e) {
                            throw new HandlerFailure(e);
                        }
                    });
                } catch (HandlerFailure failure) {
                    throw failure.cause;
                }
            }
        };
    }

    /** Carries a checked handler exception through the transaction template, which only passes runtime ones. */
    private static final class HandlerFailure extends RuntimeException {

        private final Exception cause;

        HandlerFailure(Exception cause) {
            super(cause);
            this.cause = cause;
        }
    }

    /**
     * Fails a batch whose transaction a handler broke, so that it is retried with a savepoint around the failing
     * event's handlers. Without the handler's exception as its cause: the processor logs this one, and a cause could
     * carry personal data; the retry dead-letters the event with a cause that has none ({@link VeiligeOorzaak}).
     */
    static final class BatchOpnieuw extends RuntimeException {

        BatchOpnieuw(String eventType) {
            super("An event handler failed on " + eventType + " without a savepoint; the batch is rolled back and "
                    + "retried with a savepoint around that event's handlers", null, false, false);
        }
    }
}
