package nl.integraletoegang.platform.privacy;

import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The per-subject keys in {@code persoon_sleutel}. A key is created on first use in the transaction that writes the
 * first encrypted value, so a rollback drops key and events together; such a key enters the cache only after the
 * commit, because a cached key of a rolled-back transaction would encrypt later events with a key that exists nowhere.
 * A key the transaction did not create itself was committed by another, and is cached as soon as it is read: a
 * projection's batch would otherwise read the same household's key again for each of its events.
 * (A transaction of its own would need a second pooled connection per command, which can starve the pool.) A
 * destroyed key stays destroyed, so that state is cached too; the small LRU cache is evicted on destruction, and
 * again after that transaction completes. Whoever keeps decrypted values (the projections' shared events) is told at
 * both moments too ({@link #bijVernietiging}).
 */
@Component
public class PersoonSleutels implements SleutelVernietiging {

    private final JdbcClient jdbc;
    private final int cacheSize;
    private final LongAdder opzoekingen = new LongAdder();
    private final LongAdder missers = new LongAdder();
    private final byte[] masterKey;
    private final List<Runnable> bijVernietiging = new CopyOnWriteArrayList<>();
    /** The transaction's resource: the subjects whose key it created (or found) while encrypting. */
    private final Object gemaaktInTransactie = new Object();
    private final Map<String, Optional<byte[]>> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<byte[]>> eldest) {
            return size() > cacheSize;
        }
    };

    /**
     * @param cacheSize subjects whose key (or its destruction) is kept in memory, about 200 bytes each: a rebuild
     *                  reads the store in the order of time, and every household active in that stretch of time
     *                  has its keys looked up, its members' too
     */
    PersoonSleutels(JdbcClient jdbc, @Value("${integrale-toegang.privacy.master-key:}") String masterKey,
                    @Value("${integrale-toegang.privacy.sleutel-cache:100000}") int cacheSize) {
        this.jdbc = jdbc;
        this.cacheSize = cacheSize;
        this.masterKey = masterKey.isBlank() ? null : Base64.getDecoder().decode(masterKey.trim());
        if (this.masterKey != null && this.masterKey.length != 32) {
            throw new IllegalStateException("integrale-toegang.privacy.master-key must be 32 bytes (AES-256), base64");
        }
    }

    /** The subject's key for writing, created when the subject has none yet; empty when it was destroyed. */
    Optional<byte[]> voorVersleutelen(String subjectId) {
        Optional<byte[]> cached = cached(subjectId);
        if (cached != null) {
            return cached;
        }
        byte[] nieuw = AesGcm.nieuweSleutel();
        jdbc.sql("""
                        INSERT INTO persoon_sleutel (subject_id, sleutel, verpakt) VALUES (:subject, :sleutel, :verpakt)
                        ON CONFLICT (subject_id) DO NOTHING""")
                .param("subject", subjectId)
                .param("sleutel", verpak(nieuw, subjectId))
                .param("verpakt", masterKey != null)
                .update();
        gemaakt(subjectId);
        return rememberAfterCommit(subjectId, lees(subjectId));
    }

    /** The subject's key for reading; empty when it was destroyed or never existed. */
    Optional<byte[]> voorOntsleutelen(String subjectId) {
        Optional<byte[]> cached = cached(subjectId);
        if (cached != null) {
            return cached;
        }
        Optional<byte[]> sleutel = lees(subjectId);
        // a missing row is not cached: the key may be committed by another transaction a moment later
        if (sleutel.isEmpty() && !bestaat(subjectId)) {
            return sleutel;
        }
        return gemaaktInDezeTransactie(subjectId) ? rememberAfterCommit(subjectId, sleutel)
                : remember(subjectId, sleutel);
    }

    private void gemaakt(String subjectId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        @SuppressWarnings("unchecked")
        Set<String> subjects = (Set<String>) TransactionSynchronizationManager.getResource(gemaaktInTransactie);
        if (subjects == null) {
            subjects = new HashSet<>();
            TransactionSynchronizationManager.bindResource(gemaaktInTransactie, subjects);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(gemaaktInTransactie);
                }
            });
        }
        subjects.add(subjectId);
    }

    private boolean gemaaktInDezeTransactie(String subjectId) {
        return TransactionSynchronizationManager.getResource(gemaaktInTransactie) instanceof Set<?> subjects
                && subjects.contains(subjectId);
    }

    @Override
    public void vernietig(String subjectId, String door, String reden) {
        // a subject without a key yet gets a destroyed row, so later personal data of it is never stored readable
        jdbc.sql("""
                        INSERT INTO persoon_sleutel (subject_id, sleutel, vernietigd_op, vernietigd_door, reden)
                        VALUES (:subject, NULL, now(), :door, :reden)
                        ON CONFLICT (subject_id) DO UPDATE SET sleutel = NULL, vernietigd_op = now(),
                            vernietigd_door = :door, reden = :reden""")
                .param("subject", subjectId)
                .param("door", door)
                .param("reden", reden)
                .update();
        evict(subjectId);
        bijVernietiging.forEach(Runnable::run);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // a reader may have cached the key, or decrypted with it, again before this transaction committed
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    evict(subjectId);
                    bijVernietiging.forEach(Runnable::run);
                }
            });
        }
    }

    /**
     * Forgets the subject's key kept in memory, because another process destroyed it (the command side, when this
     * is a query side of its own): the next read finds the destruction in the table instead of decrypting with the
     * kept key.
     */
    public void vergeet(String subjectId) {
        evict(subjectId);
    }

    /**
     * Runs {@code actie} whenever a key is destroyed: once when it is, and once more after that transaction
     * completed. For caches of decrypted values, which must forget them.
     */
    public void bijVernietiging(Runnable actie) {
        bijVernietiging.add(actie);
    }

    private Optional<byte[]> lees(String subjectId) {
        return jdbc.sql("SELECT sleutel, verpakt FROM persoon_sleutel WHERE subject_id = :subject")
                .param("subject", subjectId)
                .query((rs, row) -> {
                    byte[] sleutel = rs.getBytes("sleutel");
                    if (sleutel == null) {
                        return Optional.<byte[]>empty();
                    }
                    return Optional.of(rs.getBoolean("verpakt") ? pakUit(sleutel, subjectId) : sleutel);
                })
                .optional()
                .flatMap(sleutel -> sleutel);
    }

    private boolean bestaat(String subjectId) {
        return jdbc.sql("SELECT count(*) FROM persoon_sleutel WHERE subject_id = :subject")
                .param("subject", subjectId).query(Long.class).single() > 0;
    }

    private byte[] verpak(byte[] sleutel, String subjectId) {
        return masterKey == null ? sleutel : AesGcm.versleutel(masterKey, sleutel, subjectId);
    }

    private byte[] pakUit(byte[] verpakt, String subjectId) {
        if (masterKey == null) {
            throw new IllegalStateException("Keys are wrapped, but integrale-toegang.privacy.master-key is not set");
        }
        return AesGcm.ontsleutel(masterKey, verpakt, subjectId);
    }

    private Optional<byte[]> cached(String subjectId) {
        opzoekingen.increment();
        Optional<byte[]> sleutel;
        synchronized (cache) {
            sleutel = cache.get(subjectId);
        }
        if (sleutel == null) {
            missers.increment();
        }
        return sleutel;
    }

    /** Keys asked for since the start, for measuring whether the cache is large enough. */
    public long opzoekingen() {
        return opzoekingen.sum();
    }

    /** Of {@link #opzoekingen()}, those that had to read the table. */
    public long missers() {
        return missers.sum();
    }

    /** Caches what this transaction saw only once it committed: it may have created or destroyed the key itself. */
    private Optional<byte[]> rememberAfterCommit(String subjectId, Optional<byte[]> sleutel) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return remember(subjectId, sleutel);
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                remember(subjectId, sleutel);
            }
        });
        return sleutel;
    }

    private Optional<byte[]> remember(String subjectId, Optional<byte[]> sleutel) {
        synchronized (cache) {
            cache.put(subjectId, sleutel);
        }
        return sleutel;
    }

    private void evict(String subjectId) {
        synchronized (cache) {
            cache.remove(subjectId);
        }
    }
}
