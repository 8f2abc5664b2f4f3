package nl.integraletoegang.platform.metingen;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.junit.jupiter.api.Test;

/** Axon's message timers keep count, total and maximum, without in-process percentiles; other timers keep theirs. */
class AxonTimersTest {

    @Test
    void axonsMessageTimersComputeNoPercentiles() {
        assertThat(percentielen(new SimpleMeterRegistry())).as("Axon's own setting").isEqualTo(6);

        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        registry.config().meterFilter(new AxonTimers());
        assertThat(percentielen(registry)).isZero();
        assertThat(registry.get("casushistorie.successTimer").timer().count()).isEqualTo(1);
        assertThat(registry.get("casushistorie.allTimer").timer().count()).isEqualTo(1);
    }

    @Test
    void otherTimersKeepTheirPercentiles() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        registry.config().meterFilter(new AxonTimers());
        Timer http = Timer.builder("http.server.requests").publishPercentiles(0.5, 0.99).register(registry);
        http.record(Duration.ofMillis(3));
        assertThat(http.takeSnapshot().percentileValues()).hasSize(2);
    }

    private static int percentielen(SimpleMeterRegistry registry) {
        MessageTimerMonitor monitor = MessageTimerMonitor.buildMonitor("casushistorie", registry);
        MessageMonitor.MonitorCallback callback =
                monitor.onMessageIngested(GenericEventMessage.asEventMessage("event"));
        callback.reportSuccess();
        return registry.get("casushistorie.successTimer").timer().takeSnapshot().percentileValues().length;
    }
}
