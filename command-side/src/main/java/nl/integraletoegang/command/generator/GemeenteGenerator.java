package nl.integraletoegang.command.generator;

import static nl.integraletoegang.api.tijd.Tijdzone.NEDERLAND;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import nl.integraletoegang.api.audit.AuditMetadata;
import nl.integraletoegang.command.generator.Huishoudenverloop.Medewerker;
import nl.integraletoegang.platform.audit.GecachteCommandTargetResolver;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills the service with a fictitious municipality through the command side: every household's history is sent as
 * the commands its workers would have sent (through the command gateway, with the audit metadata of the worker and
 * role acting), at the moments they would have sent them ({@link SimulatieKlok}), so the aggregate's rules check
 * every step and the projections see what they would have seen. The same seed, size and end date give the same
 * households, casussen, events and timestamps, whatever the number of threads.
 *
 * <p>Meant for an empty test or demonstration environment: while it runs, the projections of its own process rest
 * (see {@link #genereer}), and other processes reading the same event store along would miss events.
 */
public class GemeenteGenerator {

    private static final Logger log = LoggerFactory.getLogger(GemeenteGenerator.class);
    /**
     * The household of each command, with its members looked up once per command type: Axon's annotation resolver
     * searches the command's annotations on every call, which took a tenth of the generator's CPU
     * (docs/benchmarks.md).
     */
    private static final GecachteCommandTargetResolver TARGET = new GecachteCommandTargetResolver();

    /**
     * @param huishoudens how many households
     * @param jaren over how many years before {@code tot} their histories start
     * @param seed the seed: the same seed gives the same municipality
     * @param tot the present of the generated history (its last day, exclusive); {@code null} is today
     * @param projectiesHervatten whether this process's projections start again afterwards (they rest meanwhile)
     */
    public record Opdracht(int huishoudens, int jaren, long seed, LocalDate tot, boolean projectiesHervatten) {
    }

    /** Where a run stands: households done and failed, commands sent, events stored, and how fast. */
    public record Stand(boolean bezig, int huishoudens, int klaar, int mislukt, long commands, long events,
                        double seconden, String laatsteFout) {

        public double commandsPerSeconde() {
            return seconden == 0 ? 0 : commands / seconden;
        }

        public double eventsPerSeconde() {
            return seconden == 0 ? 0 : events / seconden;
        }
    }

    private final EventProcessingConfiguration processing;
    private final CommandGateway commands;
    private final EventStore eventStore;
    private final SimulatieDeadlines deadlines;
    private final int threads;

    private volatile Voortgang voortgang;

    private static final class Voortgang {
        final int huishoudens;
        final long start = System.nanoTime();
        final AtomicInteger klaar = new AtomicInteger();
        final AtomicInteger mislukt = new AtomicInteger();
        final AtomicLong commands = new AtomicLong();
        final AtomicLong events = new AtomicLong();
        volatile long einde;
        volatile String laatsteFout;

        Voortgang(int huishoudens) {
            this.huishoudens = huishoudens;
        }
    }

    GemeenteGenerator(EventProcessingConfiguration processing, CommandGateway commands, EventStore eventStore,
                      SimulatieDeadlines deadlines, int threads) {
        this.processing = processing;
        this.commands = commands;
        this.eventStore = eventStore;
        this.deadlines = deadlines;
        this.threads = threads;
    }

    /** Generates the whole municipality and answers when it is done. One run at a time. */
    public synchronized Stand genereer(Opdracht opdracht) throws InterruptedException {
        LocalDate tot = opdracht.tot() != null ? opdracht.tot() : LocalDate.now(NEDERLAND);
        Instant eind = tot.atStartOfDay(NEDERLAND).toInstant();
        Instant begin = tot.minusYears(opdracht.jaren()).atStartOfDay(NEDERLAND).toInstant();
        Voortgang huidig = new Voortgang(opdracht.huishoudens());
        voortgang = huidig;
        // Axon reads a gap in the event store (an append not yet committed) as lost for good when the event after it
        // is older than its gap timeout, and every generated event is: a projection reading along would skip the
        // gaps of the generator's concurrent appends. So the processors of this process rest meanwhile, and catch up
        // from their tokens once every append has committed.
        List<EventProcessor> gestopt = processing.eventProcessors().values().stream()
                .filter(EventProcessor::isRunning).toList();
        gestopt.forEach(EventProcessor::shutDown);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "generator-" + UUID.randomUUID().toString().substring(0, 4));
            thread.setDaemon(true);
            return thread;
        });
        try {
            AtomicInteger volgende = new AtomicInteger();
            Future<?>[] werkers = new Future<?>[threads];
            for (int t = 0; t < threads; t++) {
                werkers[t] = pool.submit(() -> {
                    for (int n = volgende.getAndIncrement(); n < opdracht.huishoudens();
                         n = volgende.getAndIncrement()) {
                        huishouden(opdracht.seed(), n, begin, eind, huidig);
                    }
                });
            }
            for (Future<?> werker : werkers) {
                while (true) {
                    try {
                        werker.get(30, TimeUnit.SECONDS);
                        break;
                    } catch (TimeoutException e) {
                        Stand stand = stand();
                        log.info("Generating: {} of {} households, {} commands/s, {} events/s", stand.klaar(),
                                stand.huishoudens(), Math.round(stand.commandsPerSeconde()),
                                Math.round(stand.eventsPerSeconde()));
                    } catch (ExecutionException e) {
                        throw new IllegalStateException("De generator stopte onverwacht", e.getCause());
                    }
                }
            }
        } finally {
            pool.shutdownNow();
            huidig.einde = System.nanoTime();
            if (opdracht.projectiesHervatten()) {
                gestopt.forEach(EventProcessor::start);
            }
        }
        Stand stand = stand();
        log.info("Generated {} households ({} failed): {} commands, {} events in {} s ({} commands/s, {} events/s)",
                stand.klaar(), stand.mislukt(), stand.commands(), stand.events(), Math.round(stand.seconden()),
                Math.round(stand.commandsPerSeconde()), Math.round(stand.eventsPerSeconde()));
        return stand;
    }

    /** The current or last run; {@code null} when none ran in this process. */
    public Stand stand() {
        Voortgang v = voortgang;
        if (v == null) {
            return null;
        }
        long tot = v.einde != 0 ? v.einde : System.nanoTime();
        return new Stand(v.einde == 0, v.huishoudens, v.klaar.get(), v.mislukt.get(), v.commands.get(),
                v.events.get(), Duration.ofNanos(tot - v.start).toMillis() / 1000.0, v.laatsteFout);
    }

    private void huishouden(long seed, int nummer, Instant begin, Instant eind, Voortgang v) {
        Huishoudenverloop verloop = new Huishoudenverloop(seed, nummer, begin, eind,
                (command, moment, wie, reden) -> stuur(command, moment, wie, reden, v));
        try {
            verloop.genereer();
            // the clocks kept running after the workers' last step: what was due before now happened at its
            // moment (also when the history ends before today); what is due later the service itself will see to
            Instant nu = Instant.now();
            deadlines.fire(nu.isAfter(eind) ? nu : eind);
            deadlines.handOver();
            eventStore.lastSequenceNumberFor(verloop.huishoudenId()).ifPresent(n -> v.events.addAndGet(n + 1));
            v.klaar.incrementAndGet();
        } catch (RuntimeException e) {
            deadlines.forget();
            v.mislukt.incrementAndGet();
            // the refusal's own text names the rule, never the household's data
            v.laatsteFout = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.warn("Household {} of the generated municipality failed: {}", nummer, v.laatsteFout);
        } finally {
            SimulatieKlok.wis();
        }
    }

    private Object stuur(Object command, Instant moment, Medewerker wie, String reden, Voortgang v) {
        // first what the clocks would have done before this moment, then the worker's command at it
        deadlines.fire(moment);
        SimulatieKlok.zet(moment);
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(AuditMetadata.ACTOR, wie.gebruikersnaam());
        metaData.put(AuditMetadata.ROLE, wie.rol());
        if (wie.team() != null) {
            metaData.put(AuditMetadata.TEAM, wie.team());
        }
        metaData.put(AuditMetadata.CORRELATION_ID, UUID.randomUUID().toString());
        if (reden != null) {
            metaData.put(AuditMetadata.REASON, reden);
        }
        CommandMessage<Object> message = GenericCommandMessage.asCommandMessage(command);
        metaData.put(AuditMetadata.HUISHOUDEN, huishoudenId(message));
        message = message.andMetaData(metaData);
        Object antwoord = commands.sendAndWait(message);
        v.commands.incrementAndGet();
        return antwoord;
    }

    private static String huishoudenId(CommandMessage<?> message) {
        return TARGET.resolveTarget(message).getIdentifier();
    }
}
