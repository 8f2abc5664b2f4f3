package nl.integraletoegang.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import nl.integraletoegang.platform.audit.GecachteCommandTargetResolver;
import org.axonframework.config.Configuration;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The household's command handler finds a command's target with the cached resolver, not with Axon's default. */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class CommandTargetResolverTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "commandtarget");
    }

    @Autowired
    Configuration axon;

    @Test
    void theAggregatesUseTheCachedResolver() {
        // AggregateConfigurer takes this component before it would build Axon's AnnotationCommandTargetResolver
        assertThat(axon.getComponent(CommandTargetResolver.class)).isInstanceOf(GecachteCommandTargetResolver.class);
    }
}
