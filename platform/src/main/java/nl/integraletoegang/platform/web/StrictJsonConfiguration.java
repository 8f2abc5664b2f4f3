package nl.integraletoegang.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * The HTTP API reads and writes JSON with a {@link StrictJson strict} copy of the application's mapper. The
 * application's mapper itself, which Axon's serializer uses for the event store, tokens, snapshots and dead letters,
 * is left as Spring Boot configures it (unknown properties ignored), so stored events stay readable.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

    /** Takes the place of Spring Boot's converter, which backs off when one is defined. */
    @Bean
    MappingJackson2HttpMessageConverter mappingJackson2HttpMessageConverter(ObjectMapper objectMapper) {
        return new MappingJackson2HttpMessageConverter(StrictJson.forRequests(objectMapper));
    }
}
