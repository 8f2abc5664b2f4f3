package nl.integraletoegang.command.samenvoeging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.integraletoegang.api.error.BusinessError;
import nl.integraletoegang.api.error.BusinessErrorCode;
import nl.integraletoegang.api.samenvoeging.AbsorbHuishouden;
import nl.integraletoegang.api.samenvoeging.CancelHuishoudenMerge;
import nl.integraletoegang.api.samenvoeging.CompleteHuishoudenMerge;
import nl.integraletoegang.api.samenvoeging.HuishoudenMergeStarted;
import nl.integraletoegang.api.samenvoeging.Overdracht;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The merge as a process: A absorbs, then B completes; a refusal by A cancels B's merge (B as before, the reason in
 * its history); a transient failure is retried after a pause, and cancels only after {@value
 * HuishoudenSamenvoegingSaga#POGINGEN} attempts; once A absorbed, B's completion is retried until it succeeds.
 */
class HuishoudenSamenvoegingSagaTest {

    private static final String B = "hh-b";
    private static final String A = "hh-a";
    private static final String SAMENVOEGING = "sv-1";

    private SagaTestFixture<HuishoudenSamenvoegingSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(HuishoudenSamenvoegingSaga.class);
    }

    private static HuishoudenMergeStarted gestart() {
        return new HuishoudenMergeStarted(B, "casus-b", SAMENVOEGING, A, "casus-a", "Dubbel geregistreerd",
                new Overdracht(List.of(), List.of(), List.of(), List.of()));
    }

    private static CommandExecutionException weigering(BusinessErrorCode code, String regel, String detail) {
        return new CommandExecutionException(detail, null, new BusinessError(code, regel, detail));
    }

    @Test
    void aAbsorbsThenBCompletesAndTheProcessEnds() {
        fixture.givenAggregate(B).published()
                .whenAggregate(B).publishes(gestart())
                .expectDispatchedCommands(new AbsorbHuishouden(A, SAMENVOEGING, B),
                        new CompleteHuishoudenMerge(B, SAMENVOEGING))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void aRefusalByATheTargetClosedMeanwhileCancelsBsMergeWithTheReason() {
        fixture.setCallbackBehavior((command, metaData) -> {
            if (command instanceof AbsorbHuishouden) {
                throw weigering(BusinessErrorCode.RULE_VIOLATED, "doel-zonder-open-casus",
                        "Het huishouden waarin je samenvoegt heeft geen open casus meer.");
            }
            return 1L;
        });
        fixture.givenAggregate(B).published()
                .whenAggregate(B).publishes(gestart())
                .expectDispatchedCommands(new AbsorbHuishouden(A, SAMENVOEGING, B),
                        new CancelHuishoudenMerge(B, SAMENVOEGING, "doel-zonder-open-casus", "Het huishouden " + A
                                + " kon dit huishouden niet opnemen: Het huishouden waarin je samenvoegt heeft geen "
                                + "open casus meer."))
                .expectActiveSagas(0);
    }

    @Test
    void aConcurrentWriteToAIsRetriedAfterAPauseAndThenTheMergeCompletes() {
        AtomicInteger pogingen = new AtomicInteger();
        fixture.setCallbackBehavior((command, metaData) -> {
            if (command instanceof AbsorbHuishouden && pogingen.incrementAndGet() == 1) {
                throw weigering(BusinessErrorCode.CONCURRENT_MODIFICATION, "gelijktijdige-wijziging",
                        "Iemand anders heeft dit huishouden op hetzelfde moment gewijzigd.");
            }
            return 1L;
        });
        fixture.givenAggregate(B).published()
                .andThenAggregate(B).published(gestart())
                .whenTimeElapses(Duration.ofSeconds(1))
                .expectDispatchedCommands(new AbsorbHuishouden(A, SAMENVOEGING, B),
                        new CompleteHuishoudenMerge(B, SAMENVOEGING))
                .expectActiveSagas(0);
        assertThat(pogingen).hasValue(2);
    }

    @Test
    void aTransientFailureSchedulesTheRetryAndKeepsBLocked() {
        fixture.setCallbackBehavior((command, metaData) -> {
            throw new IllegalStateException("database weg");
        });
        fixture.givenAggregate(B).published()
                .whenAggregate(B).publishes(gestart())
                .expectDispatchedCommands(new AbsorbHuishouden(A, SAMENVOEGING, B))
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(Duration.ofSeconds(1), HuishoudenSamenvoegingSaga.OPNIEUW);
    }

    @Test
    void afterTheLastAttemptBsMergeIsCancelledSoNoHouseholdStaysHalfMerged() {
        fixture.setCallbackBehavior((command, metaData) -> {
            if (command instanceof AbsorbHuishouden) {
                throw new IllegalStateException("database weg");
            }
            return 1L;
        });
        fixture.givenAggregate(B).published()
                .andThenAggregate(B).published(gestart())
                .whenTimeElapses(Duration.ofMinutes(1))
                .expectDispatchedCommands(
                        new AbsorbHuishouden(A, SAMENVOEGING, B), new AbsorbHuishouden(A, SAMENVOEGING, B),
                        new AbsorbHuishouden(A, SAMENVOEGING, B), new AbsorbHuishouden(A, SAMENVOEGING, B),
                        new CancelHuishoudenMerge(B, SAMENVOEGING, "samenvoeging-mislukt", "Het huishouden " + A
                                + " kon dit huishouden na 5 pogingen niet opnemen; de samenvoeging is geannuleerd. "
                                + "Probeer het later opnieuw."))
                .expectActiveSagas(0);
    }

    @Test
    void onceAAbsorbedBsCompletionIsRetriedNotCancelled() {
        AtomicInteger afronden = new AtomicInteger();
        fixture.setCallbackBehavior((command, metaData) -> {
            if (command instanceof CompleteHuishoudenMerge && afronden.incrementAndGet() <= 6) {
                throw new IllegalStateException("database weg");
            }
            return 1L;
        });
        fixture.givenAggregate(B).published()
                .andThenAggregate(B).published(gestart())
                .whenTimeElapses(Duration.ofMinutes(3))
                .expectActiveSagas(0);
        assertThat(afronden).hasValue(7);
    }

    @Test
    void thePauseGrowsAndIsCapped() {
        assertThat(HuishoudenSamenvoegingSaga.pauze(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(HuishoudenSamenvoegingSaga.pauze(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(HuishoudenSamenvoegingSaga.pauze(40)).isEqualTo(Duration.ofMinutes(5));
    }
}
