package nl.integraletoegang.query.werkvoorraad;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import nl.integraletoegang.api.veld.Code;
import nl.integraletoegang.platform.web.WerkvoorraadStroom;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** A team's work list, live, for clients of the read API: see {@link WerkvoorraadStroom}. */
@RestController
@RequestMapping("/api/werkvoorraad")
@Tag(name = "Werkvoorraad")
class WerkvoorraadStreamController {

    private final WerkvoorraadStroom stroom;

    WerkvoorraadStreamController(QueryGateway queryGateway,
                                 @Value("${integrale-toegang.werkvoorraad.stream-timeout:PT30M}") Duration timeout,
                                 @Value("${integrale-toegang.werkvoorraad.stream-hartslag:PT15S}") Duration hartslag) {
        this.stroom = new WerkvoorraadStroom(queryGateway, timeout, hartslag);
    }

    @GetMapping(path = "/teams/{team}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "De werkvoorraad van het team, live (server-sent events)",
            description = "Eerst een event 'stand' met de aantallen, daarna een event 'wijziging' per wijziging. "
                    + "Een commentaarregel 'hartslag' houdt de verbinding open.")
    SseEmitter stream(@PathVariable @Code String team, Authentication authentication) {
        return stroom.open(team, authentication);
    }
}
