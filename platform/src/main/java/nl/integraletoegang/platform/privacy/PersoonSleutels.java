package nl.integraletoegang.platform.privacy;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The per-subject keys in {@code persoon_sleutel}. A key is created on first use in the transaction that writes the
 * first encrypted value, so a rollback drops key and events together; it enters the cache only after the commit,
 * because a cached key of a rolled-back transaction would encrypt later events with a key that exists nowhere.
 * (A transaction of its own would need a second pooled connection per command, which can starve the pool.) A
 * destroyed key stays destroyed, so that state is cached too; the small LRU cache is evicted on destruction, and
 * again after that transaction completes.
 */
@Component
public class PersoonSleutels implements SleutelVernietiging {

    private static final int CACHE_SIZE = 10_000;

    private final JdbcClient jdbc;
    private final byte[] masterKey;
    private final Map<String, Optional<byte[]>> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<byte[]>> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    PersoonSleutels(JdbcClient jdbc, @Value("${integrale-toegang.privacy.master-key:}") String masterKey) {
        this.jdbc = jdbc;
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
        return sleutel.isPresent() || bestaat(subjectId) ? rememberAfterCommit(subjectId, sleutel) : sleutel;
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
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // a reader may have cached the key again before this transaction committed
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    evict(subjectId);
                }
            });
        }
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
        synchronized (cache) {
            return cache.get(subjectId);
        }
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
