package nl.integraletoegang.query.versheid;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Listens on PostgreSQL's channel {@code nieuwe_events} (raised by a trigger on the event table when a transaction
 * that appended events commits) and wakes the event store, so that the projections read a write of the command
 * side within milliseconds instead of at the store's next poll. The poll stays as a safety net: a lost connection
 * costs freshness, never events.
 */
public class NieuweEventsLuisteraar implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NieuweEventsLuisteraar.class);
    private static final int WACHTTIJD_MS = 1_000;

    private final DataSource dataSource;
    private final EmbeddedEventStore eventStore;
    private final GewekteEventBron bron;
    private final Duration herstelPauze;
    private volatile Thread luisteraar;
    private volatile Thread volger;

    public NieuweEventsLuisteraar(DataSource dataSource, EmbeddedEventStore eventStore, GewekteEventBron bron,
                                  Duration herstelPauze) {
        this.dataSource = dataSource;
        this.eventStore = eventStore;
        this.bron = bron;
        this.herstelPauze = herstelPauze;
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::luister, "nieuwe-events-luisteraar");
        thread.setDaemon(true);
        luisteraar = thread;
        thread.start();
        Thread volgend = new Thread(this::volg, "nieuwe-events-volger");
        volgend.setDaemon(true);
        volger = volgend;
        volgend.start();
    }

    /**
     * Tails the store itself, as one more consumer of what its producer reads: whenever new events arrive there, the
     * projections' streams have them too, and their processors are told.
     */
    private void volg() {
        while (volger == Thread.currentThread()) {
            try (var stream = eventStore.openStream(eventStore.createHeadToken())) {
                while (volger == Thread.currentThread()) {
                    if (stream.hasNextAvailable(WACHTTIJD_MS, TimeUnit.MILLISECONDS)) {
                        while (stream.hasNextAvailable()) {
                            stream.nextAvailable();
                        }
                        bron.meldBeschikbaar();
                    }
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (volger != Thread.currentThread()) {
                    return;
                }
                log.warn("Following the event store failed, the projections poll until it works again: {}",
                        e.toString());
                try {
                    Thread.sleep(herstelPauze.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private void luister() {
        while (luisteraar == Thread.currentThread()) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN nieuwe_events");
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                // events committed while not listening
                wek();
                while (luisteraar == Thread.currentThread()) {
                    PGNotification[] meldingen = postgres.getNotifications(WACHTTIJD_MS);
                    if (meldingen != null && meldingen.length > 0) {
                        wek();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (luisteraar != Thread.currentThread()) {
                    return;
                }
                log.warn("Listening for new events failed, the projections poll until it works again: {}",
                        e.toString());
                try {
                    Thread.sleep(herstelPauze.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    /**
     * Publishing nothing makes Axon's embedded store do what it does after a local commit: its producer, if it waits
     * for new events, reads them now and hands them to the tailing processors.
     */
    private void wek() {
        eventStore.publish(List.of());
    }

    @Override
    public void stop() {
        for (Thread thread : new Thread[] {luisteraar, volger}) {
            if (thread != null) {
                thread.interrupt();
            }
        }
        luisteraar = null;
        volger = null;
    }

    @Override
    public boolean isRunning() {
        return luisteraar != null;
    }
}
