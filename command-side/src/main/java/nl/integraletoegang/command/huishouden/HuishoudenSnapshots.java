package nl.integraletoegang.command.huishouden;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which stored snapshots a household is loaded from: only those of its current class and snapshot revision. Any other
 * (an older shape, or the class under its former name {@code nl.integraletoegang.command.casus.Huishouden}) is skipped
 * and the household is loaded from its events, so a snapshot the class cannot read never stands in for the events
 * before it.
 */
@Configuration(proxyBeanMethods = false)
class HuishoudenSnapshots {

    private static final String REVISIE = Huishouden.class.getAnnotation(Revision.class).value();

    @Bean
    SnapshotFilter huishoudenSnapshotFilter() {
        return HuishoudenSnapshots::isLeesbaar;
    }

    static boolean isLeesbaar(DomainEventData<?> snapshot) {
        SerializedType type = snapshot.getPayload().getType();
        return Huishouden.class.getName().equals(type.getName()) && REVISIE.equals(type.getRevision());
    }
}
