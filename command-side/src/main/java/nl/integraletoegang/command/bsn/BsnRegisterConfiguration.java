package nl.integraletoegang.command.bsn;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The BSN register's wiring. Its processor is subscribing ({@code axon.eventhandling.processors.bsn-register.mode},
 * command.properties): it handles the events on the thread that appends them, in the command's transaction, also
 * when Axon Server carries the events (the command bus's local segment opens that database transaction). A failure
 * propagates instead of being logged, so the command is refused and nothing of it is stored.
 */
@Configuration(proxyBeanMethods = false)
class BsnRegisterConfiguration {

    @Bean
    BsnSleutel bsnSleutel(@Value("${integrale-toegang.bsn-register.sleutel}") String sleutel) {
        return new BsnSleutel(sleutel);
    }

    @Bean
    ConfigurerModule bsnRegisterFoutenBrekenDeOpdracht() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(BsnRegisterProjectie.GROEP,
                        config -> PropagatingErrorHandler.instance())
                .registerErrorHandler(BsnRegisterProjectie.GROEP, config -> PropagatingErrorHandler.instance());
    }
}
