package nl.integraletoegang.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.FilterChainProxy;

/**
 * Spring Security's observations switched off means Spring Security does not observe at all: no observation is even
 * started for the filter chain, the authentication or the authorisation of a request, so nothing wraps them
 * (docs/benchmarks.md, "CPU per command, third round"). The registry here has no predicate of its own, unlike the
 * application's, so whatever Spring Security starts reaches its handler. Switched on, it observes as by default.
 */
class SecurityObservationsTest {

    private final List<String> observed = new CopyOnWriteArrayList<>();

    private final WebApplicationContextRunner context = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HttpMessageConvertersAutoConfiguration.class,
                    WebMvcAutoConfiguration.class, SecurityAutoConfiguration.class))
            .withUserConfiguration(SecurityConfiguration.class)
            .withBean(ObservationRegistry.class, this::recordingRegistry)
            .withPropertyValues("integrale-toegang.security.demo-users[0].username=anna",
                    "integrale-toegang.security.demo-users[0].password=anna",
                    "integrale-toegang.security.demo-users[0].rol=TOEGANGSMEDEWERKER",
                    "integrale-toegang.security.demo-users[0].team=WMO");

    @Test
    void withObservationsOffARequestStartsNoSecurityObservation() {
        context.withPropertyValues("management.observations.enable.spring.security=false").run(application -> {
            request(application.getBean(FilterChainProxy.class));
            assertThat(observed).noneMatch(name -> name.startsWith("spring.security."));
        });
    }

    @Test
    void withObservationsOnARequestIsObserved() {
        context.withPropertyValues("management.observations.enable.spring.security=true").run(application -> {
            request(application.getBean(FilterChainProxy.class));
            assertThat(observed).contains("spring.security.filterchains", "spring.security.authentications");
        });
    }

    private static void request(FilterChainProxy chain) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/health");
        request.addHeader("Authorization", "Basic "
                + Base64.getEncoder().encodeToString("anna:anna".getBytes(StandardCharsets.UTF_8)));
        chain.doFilter(request, new MockHttpServletResponse(), (req, res) -> { });
    }

    private ObservationRegistry recordingRegistry() {
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public void onStart(Observation.Context observation) {
                observed.add(observation.getName());
            }

            @Override
            public boolean supportsContext(Observation.Context observation) {
                return true;
            }
        });
        return registry;
    }
}
