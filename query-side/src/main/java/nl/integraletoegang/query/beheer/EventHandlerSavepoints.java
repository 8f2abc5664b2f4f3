package nl.integraletoegang.query.beheer;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs every event handler of the projections in a savepoint of the batch's transaction. PostgreSQL refuses every
 * further statement in a transaction once one failed; without the savepoint a failing event would take its whole
 * batch down and could not even be put in the dead-letter queue. With it, only the failing handler's writes are
 * rolled back, the event is dead-lettered, and the rest of the batch commits.
 */
@Component
class EventHandlerSavepoints implements HandlerEnhancerDefinition {

    private static final String PROJECTIONS = "nl.integraletoegang.query";

    private final ObjectProvider<PlatformTransactionManager> transactionManager;
    private volatile TransactionTemplate savepoint;

    EventHandlerSavepoints(ObjectProvider<PlatformTransactionManager> transactionManager) {
        this.transactionManager = transactionManager;
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

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(EventMessage.class)
                || !original.declaringClass().getPackageName().startsWith(PROJECTIONS)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
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
}
