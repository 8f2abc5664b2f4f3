package nl.integraletoegang.platform.metingen;

import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Metrics settings shared by every process; Spring Boot applies the filters to its registries. */
@Configuration(proxyBeanMethods = false)
class MetingenConfiguration {

    @Bean
    MeterFilter axonTimers() {
        return new AxonTimers();
    }
}
