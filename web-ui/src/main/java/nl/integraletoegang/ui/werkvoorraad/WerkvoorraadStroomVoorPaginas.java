package nl.integraletoegang.ui.werkvoorraad;

import static nl.integraletoegang.api.medewerker.Rol.TOEGANGSMEDEWERKER;

import java.time.Duration;
import nl.integraletoegang.api.veld.Code;
import nl.integraletoegang.platform.security.Toegangsregels;
import nl.integraletoegang.platform.web.WerkvoorraadStroom;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live work list at the address the work list page follows, served by the web UI itself when it runs as a
 * process of its own (the distributed set-up, {@code web-ui.yml}): the page's login session lives there, not on the
 * query side, so the proxy sends this one API address to the web UI. Same stream, same rule, same need to know as the
 * read API's ({@link WerkvoorraadStroom}); in standalone the read API serves it and this stays off.
 */
@RestController
@ConditionalOnProperty("integrale-toegang.ui.werkvoorraad-stroom")
class WerkvoorraadStroomVoorPaginas {

    private final WerkvoorraadStroom stroom;

    WerkvoorraadStroomVoorPaginas(QueryGateway queryGateway,
                                  @Value("${integrale-toegang.werkvoorraad.stream-timeout:PT30M}") Duration timeout,
                                  @Value("${integrale-toegang.werkvoorraad.stream-hartslag:PT15S}") Duration hartslag) {
        this.stroom = new WerkvoorraadStroom(queryGateway, timeout, hartslag);
    }

    @GetMapping(path = "/api/werkvoorraad/teams/{team}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@PathVariable @Code String team, Authentication authentication) {
        return stroom.open(team, authentication);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty("integrale-toegang.ui.werkvoorraad-stroom")
    static class Regels {

        @Bean
        @Order(3)
        Toegangsregels werkvoorraadStroomRegels() {
            return regels -> regels.requestMatchers(HttpMethod.GET, "/api/werkvoorraad/teams/*/stream")
                    .hasRole(TOEGANGSMEDEWERKER.name());
        }
    }
}
