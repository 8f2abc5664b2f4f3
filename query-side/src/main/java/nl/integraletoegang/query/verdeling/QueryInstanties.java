package nl.integraletoegang.query.verdeling;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The live query-side instances and each one's fair share of a projection's segments. Every instance writes a
 * heartbeat into {@code query_instantie}; the instances seen within the liveness window share the segments. With
 * {@code s} segments and {@code n} live instances each instance may claim {@code s / n} segments, and {@code s % n}
 * of them (chosen per projection, so that the extra segments spread) one more. Axon's pooled processor asks this
 * {@link MaxSegmentProvider} before it claims and releases the surplus itself when the share shrinks, so a new
 * instance gets its share and a stopped one's segments are taken over.
 */
public class QueryInstanties implements MaxSegmentProvider, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(QueryInstanties.class);

    private final JdbcClient jdbc;
    private final String instantie;
    private final Duration hartslag;
    private final Duration levensduur;
    private volatile SortedMap<String, Integer> segmenten = new TreeMap<>();
    private volatile List<String> levend = List.of();
    private volatile ScheduledExecutorService scheduler;

    public QueryInstanties(JdbcClient jdbc, String instantie, Duration hartslag, Duration levensduur) {
        this.jdbc = jdbc;
        this.instantie = instantie;
        this.hartslag = hartslag;
        this.levensduur = levensduur;
    }

    /** This instance's name: the owner of its claims in {@code tokenentry}. */
    public String instantie() {
        return instantie;
    }

    /** The live instances, sorted, this one included. */
    public List<String> levend() {
        return levend;
    }

    @Override
    public int getMaxSegments(String processor) {
        SortedMap<String, Integer> bekend = segmenten;
        if (!bekend.containsKey(processor)) {
            // tokens not there yet: the first claim initializes them; the next heartbeat divides them
            return (int) Short.MAX_VALUE;
        }
        return aandeel(processor, bekend, levend, instantie);
    }

    /**
     * The segments of {@code processor} that {@code instantie} may claim among the {@code levend} instances, given
     * every projection's number of {@code segmenten}: the projections before it in name order have handed out their
     * extra segments to the instances in turn, this one goes on where they stopped.
     */
    static int aandeel(String processor, SortedMap<String, Integer> segmenten, List<String> levend,
                       String instantie) {
        int positie = levend.indexOf(instantie);
        int instanties = positie < 0 ? levend.size() + 1 : levend.size();
        if (positie < 0) {
            positie = levend.size();
        }
        int aantal = segmenten.get(processor);
        int basis = aantal / instanties;
        int extra = aantal % instanties;
        int eerste = segmenten.headMap(processor).values().stream().mapToInt(voor -> voor % instanties).sum();
        int rang = Math.floorMod(positie - eerste, instanties);
        return basis + (rang < extra ? 1 : 0);
    }

    /** Writes this instance's heartbeat and reads who else is alive and how many segments each projection has. */
    void klop() {
        try {
            jdbc.sql("""
                    INSERT INTO query_instantie (instantie, laatst_gezien) VALUES (:instantie, now())
                    ON CONFLICT (instantie) DO UPDATE SET laatst_gezien = now()""")
                    .param("instantie", instantie).update();
            levend = jdbc.sql("""
                    SELECT instantie FROM query_instantie
                    WHERE laatst_gezien > now() - make_interval(secs => :seconden) ORDER BY instantie""")
                    .param("seconden", levensduur.toMillis() / 1000.0)
                    .query(String.class).list();
            // __config is the token store's own identity row, no projection
            SortedMap<String, Integer> gelezen = new TreeMap<>();
            jdbc.sql("SELECT processorname, count(*) FROM tokenentry WHERE processorname <> '__config' "
                            + "GROUP BY processorname")
                    .query((rs, row) -> Map.entry(rs.getString(1), rs.getInt(2))).list()
                    .forEach(entry -> gelezen.put(entry.getKey(), entry.getValue()));
            segmenten = gelezen;
            // instances gone for long are forgotten, so the table stays small
            jdbc.sql("DELETE FROM query_instantie WHERE laatst_gezien < now() - interval '1 day'").update();
        } catch (RuntimeException e) {
            // the database is away: keep the last known division; the processors stop on their own
            log.warn("Heartbeat of query-side instance failed: {}", e.toString());
        }
    }

    @Override
    public void start() {
        klop();
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "query-instantie-hartslag");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::klop, hartslag.toMillis(), hartslag.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Query-side instance {} shares the projections' segments with the live instances", instantie);
    }

    @Override
    public void stop() {
        ScheduledExecutorService lopend = scheduler;
        scheduler = null;
        if (lopend != null) {
            lopend.shutdownNow();
        }
        try {
            jdbc.sql("DELETE FROM query_instantie WHERE instantie = :instantie").param("instantie", instantie).update();
        } catch (RuntimeException e) {
            log.warn("Query-side instance {} could not sign off: {}", instantie, e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    /** Starts before Axon's processors (which start in later phases) and signs off after they released. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
