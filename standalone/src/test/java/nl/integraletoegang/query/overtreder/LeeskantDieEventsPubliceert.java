package nl.integraletoegang.query.overtreder;

import org.axonframework.eventhandling.gateway.EventGateway;

/** Breaks the query side's room on purpose, for {@code ArchitectuurTest}: a projection that publishes an event. */
public record LeeskantDieEventsPubliceert(EventGateway events) {

    void publiceer() {
        events.publish("een gebeurtenis");
    }
}
