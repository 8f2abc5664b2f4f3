package nl.integraletoegang.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A key another transaction committed is cached as soon as it is read; a key the current transaction created only
 * once that transaction has committed, so a rollback never leaves a key in memory that exists nowhere.
 */
class PersoonSleutelsCacheTest {

    private final JdbcClient jdbc = mock(JdbcClient.class, RETURNS_DEEP_STUBS);
    private final PersoonSleutels sleutels = new PersoonSleutels(jdbc, "", 10);
    private final byte[] sleutel = AesGcm.nieuweSleutel();

    @BeforeEach
    @SuppressWarnings("unchecked")
    void tabelGeeftDeSleutel() {
        when(jdbc.sql(startsWith("SELECT sleutel")).param(anyString(), any()).query(any(RowMapper.class)).optional())
                .thenReturn(Optional.of(Optional.of(sleutel)));
        TransactionSynchronizationManager.initSynchronization();
    }

    @AfterEach
    void ruimOp() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    private static void voltooi(int status) {
        List<TransactionSynchronization> synchronisaties = TransactionSynchronizationManager.getSynchronizations();
        if (status == TransactionSynchronization.STATUS_COMMITTED) {
            synchronisaties.forEach(TransactionSynchronization::afterCommit);
        }
        synchronisaties.forEach(synchronisatie -> synchronisatie.afterCompletion(status));
        TransactionSynchronizationManager.clearSynchronization();
    }

    @Test
    void aKeyCommittedByAnotherTransactionIsCachedWhenRead() {
        assertThat(sleutels.voorOntsleutelen("p-1")).contains(sleutel);
        assertThat(sleutels.voorOntsleutelen("p-1")).contains(sleutel);

        assertThat(sleutels.opzoekingen()).isEqualTo(2);
        assertThat(sleutels.missers()).as("the table read once within the transaction").isEqualTo(1);
    }

    @Test
    void aKeyThisTransactionCreatedIsCachedOnlyAfterItsCommit() {
        sleutels.voorVersleutelen("p-2");
        sleutels.voorOntsleutelen("p-2");
        assertThat(sleutels.missers()).as("not cached before the commit").isEqualTo(2);

        voltooi(TransactionSynchronization.STATUS_COMMITTED);

        assertThat(sleutels.voorOntsleutelen("p-2")).contains(sleutel);
        assertThat(sleutels.missers()).isEqualTo(2);
    }

    @Test
    void aKeyOfARolledBackTransactionIsNeverCached() {
        sleutels.voorVersleutelen("p-3");
        sleutels.voorOntsleutelen("p-3");
        voltooi(TransactionSynchronization.STATUS_ROLLED_BACK);

        // the next transaction knows nothing of it: it reads the table
        TransactionSynchronizationManager.initSynchronization();
        sleutels.voorOntsleutelen("p-3");
        assertThat(sleutels.missers()).isEqualTo(3);
    }
}
