package nl.integraletoegang.command.samenvoeging;

import java.util.Optional;
import nl.integraletoegang.api.samenvoeging.HuishoudenMergeStarted;
import nl.integraletoegang.api.samenvoeging.Overdracht;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** {@link Overdrachten} from the event store: a merge is rare, so reading one household's stream is affordable. */
@Component
class EventStoreOverdrachten implements Overdrachten {

    private final EventStore eventStore;

    EventStoreOverdrachten(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Overdracht verzamel(String huishoudenId, String casusId) {
        OverdrachtVerzamelaar verzamelaar = new OverdrachtVerzamelaar(casusId);
        eventStore.readEvents(huishoudenId).asStream()
                .forEach(message -> verzamelaar.verwerk(message.getPayload(), message.getTimestamp()));
        return verzamelaar.overdracht();
    }

    @Override
    public Optional<HuishoudenMergeStarted> gestart(String bronHuishoudenId, String samenvoegingId) {
        return eventStore.readEvents(bronHuishoudenId).asStream()
                .map(DomainEventMessage::getPayload)
                .filter(HuishoudenMergeStarted.class::isInstance)
                .map(HuishoudenMergeStarted.class::cast)
                .filter(started -> started.samenvoegingId().equals(samenvoegingId))
                .findFirst();
    }
}
