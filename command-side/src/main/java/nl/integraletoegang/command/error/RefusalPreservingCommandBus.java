package nl.integraletoegang.command.error;

import java.util.Optional;
import nl.integraletoegang.api.error.BusinessError;
import nl.integraletoegang.api.error.BusinessErrorCode;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * The command side's local command bus. A stale {@code If-Match} and a raced append are only detected when the unit
 * of work commits, after every handler interceptor has returned, so {@link BusinessErrorInterceptor} cannot see them.
 * This bus turns them into a refusal with {@link BusinessError} details before the result leaves the handling node:
 * over Axon Server a bare exception would reach the sender without its meaning (and be answered as a 500).
 */
class RefusalPreservingCommandBus extends SimpleCommandBus {

    static final BusinessError VEROUDERDE_VERSIE = new BusinessError(BusinessErrorCode.CONCURRENT_MODIFICATION,
            "verouderde-versie", "Iemand anders heeft dit huishouden intussen gewijzigd. Er is niets van deze "
            + "opdracht opgeslagen; bekijk de nieuwe stand en probeer het opnieuw.");
    static final BusinessError GELIJKTIJDIGE_WIJZIGING = new BusinessError(BusinessErrorCode.CONCURRENT_MODIFICATION,
            "gelijktijdige-wijziging", "Iemand anders heeft dit huishouden op hetzelfde moment gewijzigd. Er is "
            + "niets van deze opdracht opgeslagen; bekijk de nieuwe stand en probeer het opnieuw.");

    RefusalPreservingCommandBus(Builder builder) {
        super(builder);
    }

    @Override
    protected <C, R> void handle(CommandMessage<C> command, MessageHandler<? super CommandMessage<?>> handler,
                                 CommandCallback<? super C, ? super R> callback) {
        super.handle(command, handler,
                (CommandCallback<C, R>) (message, result) -> callback.onResult(message, preserveRefusal(result)));
    }

    static <R> CommandResultMessage<? extends R> preserveRefusal(CommandResultMessage<? extends R> result) {
        if (!result.isExceptional()) {
            return result;
        }
        return refusalFor(result.exceptionResult())
                .<CommandResultMessage<? extends R>>map(error -> GenericCommandResultMessage.asCommandResultMessage(
                        new CommandExecutionException(error.detail(), null, error)))
                .orElse(result);
    }

    private static Optional<BusinessError> refusalFor(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainRuleViolation violation) {
                // refused by a handler that runs as the unit of work commits: the BSN register's
                return Optional.of(violation.error());
            }
            if (cause instanceof PessimisticLockingFailureException) {
                // two commands waited for each other's rows (a deadlock PostgreSQL broke); nothing was stored
                return Optional.of(GELIJKTIJDIGE_WIJZIGING);
            }
            if (cause instanceof ConflictingAggregateVersionException) {
                return Optional.of(VEROUDERDE_VERSIE);
            }
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
                return Optional.of(GELIJKTIJDIGE_WIJZIGING);
            }
        }
        return Optional.empty();
    }
}
