package nl.integraletoegang.query.brp;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/** Picks the one register behind {@link Bevolkingsregister}: Haal Centraal, the fictitious residents, or none. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BrpProperties.class)
class BrpConfiguration {

    @Bean
    Bevolkingsregister bevolkingsregister(BrpProperties properties, RestClient.Builder restClients,
                                          ObjectMapper mapper, Clock clock) {
        if (properties.haalCentraal().enabled()) {
            return new HaalCentraalBrp(properties.haalCentraal(), restClients, mapper, clock);
        }
        if (properties.fictieveBewoners().enabled()) {
            return new FictieveBewoners(mapper, clock);
        }
        return new GeenBevolkingsregister();
    }
}
