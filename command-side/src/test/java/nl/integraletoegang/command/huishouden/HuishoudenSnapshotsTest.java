package nl.integraletoegang.command.huishouden;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.junit.jupiter.api.Test;

/**
 * A household is loaded from a snapshot only when the snapshot is of its current class and revision: one written
 * under the class's former name, or of an older shape, is skipped, so it can never stand in for the events before it.
 */
class HuishoudenSnapshotsTest {

    @Test
    void onlyASnapshotOfTheCurrentClassAndRevisionIsLoaded() {
        assertThat(HuishoudenSnapshots.isLeesbaar(snapshot(Huishouden.class.getName(), "4"))).isTrue();
        assertThat(HuishoudenSnapshots.isLeesbaar(snapshot(Huishouden.class.getName(), "3"))).isFalse();
        assertThat(HuishoudenSnapshots.isLeesbaar(snapshot("nl.integraletoegang.command.casus.Huishouden", "3")))
                .isFalse();
        assertThat(HuishoudenSnapshots.isLeesbaar(snapshot("nl.integraletoegang.command.casus.Huishouden", "4")))
                .isFalse();
    }

    private static DomainEventData<byte[]> snapshot(String klasse, String revisie) {
        return new GenericDomainEventEntry<>("Huishouden", "hh-1", 50, "snapshot-1", "2026-03-02T09:00:00Z",
                klasse, revisie, "{}".getBytes(), "{}".getBytes());
    }
}
