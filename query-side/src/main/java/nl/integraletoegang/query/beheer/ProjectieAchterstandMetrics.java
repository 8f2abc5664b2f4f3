package nl.integraletoegang.query.beheer;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Exposes how far each projection lags behind the event store, in events, as the gauge
 * {@code integrale_toegang.projectie.achterstand{projectie=...}}. Axon's own {@code eventProcessor.latency} gives the
 * same lag in time. {@code integrale_toegang.projectie.geblokkeerde_huishoudens{projectie=...}} counts the households
 * whose events wait in the projection's dead-letter queue.
 */
@Component
class ProjectieAchterstandMetrics {

    private final Projecties projecties;
    private final MeterRegistry registry;

    ProjectieAchterstandMetrics(Projecties projecties, MeterRegistry registry) {
        this.projecties = projecties;
        this.registry = registry;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        for (String naam : projecties.namen()) {
            Gauge.builder("integrale_toegang.projectie.achterstand", projecties, p -> p.achterstand(naam))
                    .description("Events in de event store die de projectie nog niet verwerkt heeft")
                    .baseUnit("events")
                    .tag("projectie", naam)
                    .register(registry);
            // a household blocked in a projection waits for a beheerder: worth an alert when it stays above zero
            Gauge.builder("integrale_toegang.projectie.geblokkeerde_huishoudens", projecties,
                            p -> p.aantalGeblokkeerd(naam))
                    .description("Huishoudens met events in de dead-letter-wachtrij van de projectie")
                    .baseUnit("huishoudens")
                    .tag("projectie", naam)
                    .register(registry);
        }
    }
}
