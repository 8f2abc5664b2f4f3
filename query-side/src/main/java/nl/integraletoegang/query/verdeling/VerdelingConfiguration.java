package nl.integraletoegang.query.verdeling;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Several query-side instances on one token store: each has its own owner name in {@code tokenentry}, claims only
 * its fair share of each projection's segments (see {@link QueryInstanties}) and keeps its claims fresh often
 * enough that a stopped instance's segments are free again within a few seconds.
 */
@Configuration(proxyBeanMethods = false)
class VerdelingConfiguration {

    @Bean
    QueryInstanties queryInstanties(DataSource dataSource,
                                    @Value("${integrale-toegang.query.instantie:}") String instantie,
                                    @Value("${integrale-toegang.query.hartslag:1s}") Duration hartslag,
                                    @Value("${integrale-toegang.query.levensduur:5s}") Duration levensduur) {
        return new QueryInstanties(JdbcClient.create(dataSource), instantie.isBlank() ? eigenNaam() : instantie,
                hartslag, levensduur);
    }

    /** Axon's JDBC token store, with this instance's name as the owner of its claims. */
    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer,
                          QueryInstanties instanties,
                          @Value("${axon.eventhandling.tokenstore.claim-timeout:5s}") Duration claimTimeout) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .claimTimeout(claimTimeout)
                .nodeId(instanties.instantie())
                .build();
    }

    /**
     * Every pooled processor claims at most its fair share and renews its claims well within the claim timeout,
     * also while idle.
     */
    @Bean
    ConfigurerModule eerlijkAandeelPerInstantie(QueryInstanties instanties,
                                                @Value("${integrale-toegang.query.claim-verlenging:1500ms}")
                                                Duration claimVerlenging) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessorConfiguration((configuration, builder) -> builder
                        .maxSegmentProvider(instanties)
                        .claimExtensionThreshold(claimVerlenging.toMillis())));
    }

    private static String eigenNaam() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "query-side";
        }
        // two instances on one host (or in one JVM, as in tests) still own their claims apart
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
