package nl.integraletoegang.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.DefaultCorsProcessor;

/** CORS is off unless {@code integrale-toegang.cors.allowed-origins} names an origin, and then only for the API. */
class CorsConfigurationTest {

    private static final String PORTAAL = "https://portaal.gemeente.example";

    @Test
    void withoutConfiguredOriginsEveryPreflightIsRefused() throws Exception {
        CorsConfigurationSource source = SecurityConfiguration.corsConfiguration(new CorsProperties(null));
        MockHttpServletResponse response = preflight(source, PORTAAL, "/api/meldingen");
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getHeader("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void aConfiguredOriginMayCallTheApiWithItsHeadersAndOthersMayNot() throws Exception {
        CorsConfigurationSource source = SecurityConfiguration.corsConfiguration(new CorsProperties(List.of(PORTAAL)));
        MockHttpServletResponse allowed = preflight(source, PORTAAL, "/api/meldingen");
        assertThat(allowed.getStatus()).isEqualTo(200);
        assertThat(allowed.getHeader("Access-Control-Allow-Origin")).isEqualTo(PORTAAL);
        assertThat(allowed.getHeader("Access-Control-Allow-Headers")).containsIgnoringCase("idempotency-key");
        assertThat(preflight(source, "https://elders.example", "/api/meldingen").getStatus()).isEqualTo(403);
        // the web UI is not part of it
        assertThat(source.getCorsConfiguration(request(PORTAAL, "/werkvoorraad"))).isNull();
    }

    private static MockHttpServletResponse preflight(CorsConfigurationSource source, String origin, String path)
            throws Exception {
        MockHttpServletRequest request = request(origin, path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        CorsConfiguration configuration = source.getCorsConfiguration(request);
        new DefaultCorsProcessor().processRequest(configuration, request, response);
        return response;
    }

    private static MockHttpServletRequest request(String origin, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("OPTIONS", path);
        request.setServerName("localhost");
        request.setServerPort(8080);
        request.addHeader("Origin", origin);
        request.addHeader("Access-Control-Request-Method", "POST");
        request.addHeader("Access-Control-Request-Headers", "authorization, idempotency-key");
        return request;
    }
}
