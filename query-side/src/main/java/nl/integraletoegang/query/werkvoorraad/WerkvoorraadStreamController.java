package nl.integraletoegang.query.werkvoorraad;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.integraletoegang.api.veld.Code;
import nl.integraletoegang.api.werkvoorraad.VolgWerkvoorraad;
import nl.integraletoegang.api.werkvoorraad.WerkvoorraadStand;
import nl.integraletoegang.api.werkvoorraad.WerkvoorraadWijziging;
import nl.integraletoegang.platform.security.Toegang;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * A team's work list, live: server-sent events from an Axon subscription query. The first event ({@code stand}) says
 * how much work the team has; every {@code wijziging} after it names an item that came onto, changed on or left one of
 * the team's lists. Events are written on a worker thread, never on the projection's thread, so a slow client cannot
 * hold up the projection; a client that falls too far behind loses its stream and reconnects.
 */
@RestController
@RequestMapping("/api/werkvoorraad")
@Tag(name = "Werkvoorraad")
class WerkvoorraadStreamController {

    private final QueryGateway queryGateway;
    private final Duration timeout;
    private final Duration hartslag;

    WerkvoorraadStreamController(QueryGateway queryGateway,
                                 @Value("${integrale-toegang.werkvoorraad.stream-timeout:PT30M}") Duration timeout,
                                 @Value("${integrale-toegang.werkvoorraad.stream-hartslag:PT15S}") Duration hartslag) {
        this.queryGateway = queryGateway;
        this.timeout = timeout;
        this.hartslag = hartslag;
    }

    @GetMapping(path = "/teams/{team}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "De werkvoorraad van het team, live (server-sent events)",
            description = "Eerst een event 'stand' met de aantallen, daarna een event 'wijziging' per wijziging. "
                    + "Een commentaarregel 'hartslag' houdt de verbinding open.")
    SseEmitter stream(@PathVariable @Code String team, Authentication authentication) {
        Toegang.vanTeam(authentication, team);
        SubscriptionQueryResult<WerkvoorraadStand, WerkvoorraadWijziging> result = queryGateway.subscriptionQuery(
                new VolgWerkvoorraad(team), ResponseTypes.instanceOf(WerkvoorraadStand.class),
                ResponseTypes.instanceOf(WerkvoorraadWijziging.class));
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        Flux<SseEmitter.SseEventBuilder> events = Flux.concat(
                        result.initialResult().map(stand -> SseEmitter.event().name("stand").data(stand)),
                        result.updates().map(wijziging -> SseEmitter.event().name("wijziging").data(wijziging)))
                .mergeWith(Flux.interval(hartslag).map(tik -> SseEmitter.event().comment("hartslag")));
        AtomicBoolean beeindigd = new AtomicBoolean();
        // a swap, because the client can go away before subscribe() has even returned
        Disposable.Swap abonnement = Disposables.swap();
        Runnable opruimen = () -> {
            if (beeindigd.compareAndSet(false, true)) {
                abonnement.dispose();
                result.close();
            }
        };
        abonnement.update(events.publishOn(Schedulers.boundedElastic())
                .subscribe(event -> verstuur(emitter, event, opruimen), emitter::completeWithError,
                        emitter::complete));
        emitter.onCompletion(opruimen);
        emitter.onTimeout(opruimen);
        emitter.onError(fout -> opruimen.run());
        return emitter;
    }

    /** A failed write means the client went away: the container ends the request, we end the subscription. */
    private static void verstuur(SseEmitter emitter, SseEmitter.SseEventBuilder event, Runnable opruimen) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException e) {
            opruimen.run();
        }
    }
}
