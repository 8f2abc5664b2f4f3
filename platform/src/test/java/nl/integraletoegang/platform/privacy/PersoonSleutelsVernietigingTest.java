package nl.integraletoegang.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Whoever keeps decrypted values hears of a key's destruction when it happens and again once its transaction is
 * over: a reader may have decrypted with the key in between. (The table itself is the subject of the erasure tests.)
 */
class PersoonSleutelsVernietigingTest {

    private final PersoonSleutels sleutels = new PersoonSleutels(mock(JdbcClient.class, RETURNS_DEEP_STUBS), "", 10);
    private final AtomicInteger gemeld = new AtomicInteger();

    @AfterEach
    void ruimOp() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void withoutATransactionTheDestructionIsToldOnce() {
        sleutels.bijVernietiging(gemeld::incrementAndGet);
        sleutels.vernietig("p-1", "bea", "Bewaartermijn verstreken");
        assertThat(gemeld).hasValue(1);
    }

    @Test
    void inATransactionItIsToldAgainWhenTheTransactionIsOver() {
        sleutels.bijVernietiging(gemeld::incrementAndGet);
        TransactionSynchronizationManager.initSynchronization();
        sleutels.vernietig("p-1", "bea", "Bewaartermijn verstreken");
        assertThat(gemeld).hasValue(1);

        TransactionSynchronizationManager.getSynchronizations()
                .forEach(synchronization -> synchronization.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        assertThat(gemeld).hasValue(2);
    }
}
