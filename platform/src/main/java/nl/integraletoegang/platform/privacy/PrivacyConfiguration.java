package nl.integraletoegang.platform.privacy;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Events (and so the event store and the dead-letter queues) are written by the encrypting serializer. Snapshots,
 * tokens, sagas and deadlines use Axon's general serializer: the aggregate state, tokens and deadline payloads hold
 * no personal data. Commands are not serialized in this setup; over Axon Server they would travel in plain JSON
 * protected by TLS.
 */
@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(Serializer serializer, PersoonSleutels sleutels) {
        if (!(serializer instanceof JacksonSerializer jackson)) {
            throw new IllegalStateException("Encrypting personal data needs axon.serializer.general=jackson");
        }
        jackson.getObjectMapper().registerModule(MetaDataLezer.module());
        return new PersonalDataSerializer(jackson, sleutels);
    }
}
