package nl.integraletoegang.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import nl.integraletoegang.api.huishouden.FindHuishoudenVersie;
import nl.integraletoegang.platform.audit.AuditMetadataFactory;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.Test;

/**
 * Read your own writes without polling, on a real Axon query bus: a page waits on the subscription query for the
 * household's version, answered at once when the overview is there already, and by the update the query side emits
 * when it gets there; another household's update does not end the wait.
 */
class VersieAfwachtenTest {

    private final SimpleQueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
    private final SimpleQueryBus bus = SimpleQueryBus.builder().queryUpdateEmitter(emitter).build();
    private final AtomicLong gelezen = new AtomicLong(FindHuishoudenVersie.ONBEKEND);
    private final UiCommands commands = new UiCommands(
            DefaultCommandGateway.builder().commandBus(SimpleCommandBus.builder().build()).build(),
            new AuditMetadataFactory(), DefaultQueryGateway.builder().queryBus(bus).build());

    VersieAfwachtenTest() {
        bus.subscribe(FindHuishoudenVersie.class.getName(), Long.class, vraag -> gelezen.get());
    }

    @Test
    void aVersionTheOverviewShowsAlreadyNeedsNoWait() {
        gelezen.set(7);

        long start = System.nanoTime();
        assertThat(commands.awaitOverzicht("hh-1", 5)).isTrue();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(1_000);
    }

    @Test
    void theUpdateOfTheHouseholdEndsTheWaitAndAnotherHouseholdsDoesNot() throws Exception {
        gelezen.set(3);
        CompletableFuture<Boolean> wacht = CompletableFuture.supplyAsync(() -> commands.awaitOverzicht("hh-1", 5));
        Thread.sleep(300);
        emitter.emit(FindHuishoudenVersie.class, vraag -> vraag.huishoudenId().equals("hh-2"), 9L);
        emitter.emit(FindHuishoudenVersie.class, vraag -> vraag.huishoudenId().equals("hh-1"), 4L);
        Thread.sleep(200);
        assertThat(wacht).isNotDone();

        emitter.emit(FindHuishoudenVersie.class, vraag -> vraag.huishoudenId().equals("hh-1"), 5L);

        assertThat(wacht.get(2, TimeUnit.SECONDS)).isTrue();
        assertThat(bus.queryUpdateEmitter().activeSubscriptions()).isEmpty();
    }

    @Test
    void aQuerySideThatNeverGetsThereLetsThePageShowWhatThereIsAfterItsPatience() {
        gelezen.set(3);

        long start = System.nanoTime();
        assertThat(commands.awaitOverzicht("hh-1", 5)).isFalse();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isBetween(4_900L, 7_000L);
    }
}
