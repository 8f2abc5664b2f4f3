package nl.integraletoegang.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

/** A recomputation runs once per household when its batch commits, never when it rolls back. */
class EenmaalPerBatchTest {

    private final List<String> herberekend = new ArrayList<>();
    private final EenmaalPerBatch labels = new EenmaalPerBatch("test.label", herberekend::add);

    private static UnitOfWork<?> batch() {
        return DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
    }

    @Test
    void onceForEachHouseholdOfTheBatchWhenItCommits() {
        UnitOfWork<?> batch = batch();
        labels.voor("hh-a");
        labels.voor("hh-b");
        labels.voor("hh-a");
        assertThat(herberekend).as("not before the commit").isEmpty();

        batch.commit();

        assertThat(herberekend).containsExactly("hh-a", "hh-b");
    }

    @Test
    void twoRecomputationsInOneBatchKeepTheirOwnHouseholds() {
        List<String> andere = new ArrayList<>();
        EenmaalPerBatch zoekindex = new EenmaalPerBatch("test.zoekindex", andere::add);
        UnitOfWork<?> batch = batch();
        labels.voor("hh-a");
        zoekindex.voor("hh-b");
        batch.commit();

        assertThat(herberekend).containsExactly("hh-a");
        assertThat(andere).containsExactly("hh-b");
    }

    @Test
    void nothingWhenTheBatchRollsBack() {
        UnitOfWork<?> batch = batch();
        labels.voor("hh-a");
        batch.rollback();

        assertThat(herberekend).isEmpty();
    }

    @Test
    void atOnceOutsideABatch() {
        labels.voor("hh-c");

        assertThat(herberekend).containsExactly("hh-c");
    }
}
