package nl.integraletoegang.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Browsers on other origins that may call the API ({@code integrale-toegang.cors.allowed-origins}, e.g.
 * {@code https://portaal.gemeente.nl}). None by default: the web UI is served from the API's own origin, and a
 * CORS preflight from any other origin is refused with 403.
 */
@ConfigurationProperties("integrale-toegang.cors")
public record CorsProperties(List<String> allowedOrigins) {

    public CorsProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }
}
