package nl.integraletoegang.platform.audit;

import nl.integraletoegang.api.audit.AuditMetadata;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Copies the audit metadata of a command onto every event it causes. */
@Configuration(proxyBeanMethods = false)
class AuditCorrelationConfiguration {

    @Bean
    CorrelationDataProvider auditMetadataProvider() {
        return new SimpleCorrelationDataProvider(AuditMetadata.KEYS.toArray(String[]::new));
    }

    /**
     * Every aggregate finds a command's target through it (Axon's aggregate configuration asks for this component
     * before it builds its own resolver).
     */
    @Bean
    CommandTargetResolver commandTargetResolver() {
        return new GecachteCommandTargetResolver();
    }

    /** Axon's own origin tracking, under keys that do not overwrite the request's correlation id. */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider("causationId", "traceId");
    }
}
