package nl.integraletoegang.command.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.integraletoegang.api.error.BusinessError;
import nl.integraletoegang.api.error.BusinessErrorCode;
import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.command.CommandSerializer;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

/**
 * A stale version or a raced append fails when the unit of work commits, after every interceptor. The command side's
 * bus must still answer with the refusal's code and rule, and they must survive the trip over Axon Server's wire
 * format, where a bare exception arrives without details.
 */
class RefusalPreservingCommandBusTest {

    private final CommandSerializer wire = new CommandSerializer(JacksonSerializer.defaultSerializer(),
            new AxonServerConfiguration());

    @Test
    void aStaleVersionDetectedAtCommitIsRefusedAsVerouderdeVersie() throws Exception {
        CommandResultMessage<?> result = dispatch(bus(), failingAtCommit(
                new ConflictingAggregateVersionException("hh-1", 3, 4)));

        assertThat(refusal(result)).isEqualTo(RefusalPreservingCommandBus.VEROUDERDE_VERSIE);
    }

    @Test
    void aRacedAppendDetectedAtCommitIsRefusedAsGelijktijdigeWijziging() throws Exception {
        CommandResultMessage<?> result = dispatch(bus(), failingAtCommit(new ConcurrencyException("raced")));

        assertThat(refusal(result)).isEqualTo(RefusalPreservingCommandBus.GELIJKTIJDIGE_WIJZIGING);
    }

    @Test
    void theRefusalSurvivesTheAxonServerWireAndIsAnsweredAs409WithItsRule() throws Exception {
        CommandResultMessage<?> handled = dispatch(bus(), failingAtCommit(
                new ConflictingAggregateVersionException("hh-1", 3, 4)));

        CommandResultMessage<?> arrived = wire.deserialize(wire.serialize(handled, "request-1"));

        ProblemDetail problem = new CommandProblemAdvice().refused((CommandExecutionException) arrived.exceptionResult());
        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getProperties()).containsEntry("regel", "verouderde-versie");
        assertThat(problem.getDetail()).contains("intussen gewijzigd");
    }

    @Test
    void withoutThisBusTheSameFailureArrivesOverTheWireWithoutItsMeaning() throws Exception {
        SimpleCommandBus plain = SimpleCommandBus.builder().build();
        CommandResultMessage<?> handled = dispatch(plain, failingAtCommit(
                new ConflictingAggregateVersionException("hh-1", 3, 4)));

        CommandResultMessage<?> arrived = wire.deserialize(wire.serialize(handled, "request-1"));

        assertThat(arrived.exceptionResult()).isInstanceOf(CommandExecutionException.class);
        assertThat(((CommandExecutionException) arrived.exceptionResult()).getDetails()).isEmpty();
    }

    @Test
    void otherFailuresAndResultsPassUnchanged() throws Exception {
        CommandResultMessage<?> ok = dispatch(bus(), () -> 7L);
        assertThat(ok.isExceptional()).isFalse();
        assertThat(ok.getPayload()).isEqualTo(7L);

        CommandResultMessage<?> failed = dispatch(bus(), failingAtCommit(new IllegalStateException("disk full")));
        assertThat(failed.exceptionResult()).isInstanceOf(IllegalStateException.class);
    }

    private static SimpleCommandBus bus() {
        return new RefusalPreservingCommandBus(SimpleCommandBus.builder());
    }

    /** A handler that succeeds, but whose unit of work fails when it commits (as an append or version check does). */
    private static Handler failingAtCommit(RuntimeException failure) {
        return () -> {
            CurrentUnitOfWork.get().onPrepareCommit(unitOfWork -> {
                throw failure;
            });
            return 1L;
        };
    }

    private static CommandResultMessage<?> dispatch(SimpleCommandBus bus, Handler handler) throws Exception {
        bus.subscribe(String.class.getName(), command -> handler.handle());
        CompletableFuture<CommandResultMessage<?>> answer = new CompletableFuture<>();
        bus.dispatch(GenericCommandMessage.asCommandMessage("a command"), (command, result) -> answer.complete(result));
        return answer.get(5, TimeUnit.SECONDS);
    }

    private static BusinessError refusal(CommandResultMessage<?> result) {
        assertThat(result.exceptionResult()).isInstanceOf(CommandExecutionException.class);
        BusinessError error = ((CommandExecutionException) result.exceptionResult()).<BusinessError>getDetails()
                .orElseThrow();
        assertThat(error.code()).isEqualTo(BusinessErrorCode.CONCURRENT_MODIFICATION);
        return error;
    }

    @FunctionalInterface
    private interface Handler {
        Object handle() throws Exception;
    }
}
