package nl.integraletoegang.platform.web;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.integraletoegang.api.werkvoorraad.VolgWerkvoorraad;
import nl.integraletoegang.api.werkvoorraad.WerkvoorraadStand;
import nl.integraletoegang.api.werkvoorraad.WerkvoorraadWijziging;
import nl.integraletoegang.platform.security.Toegang;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.security.core.Authentication;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * A team's work list, live: server-sent events from an Axon subscription query. The first event ({@code stand}) says
 * how much work the team has; every {@code wijziging} after it names an item that came onto, changed on or left one of
 * the team's lists. Events are written on a worker thread, never on the projection's thread, so a slow client cannot
 * hold up the projection; a client that falls too far behind loses its stream and reconnects. Served by the query
 * side's read API and, in the distributed set-up, by the web UI for its own logged-in pages.
 */
public class WerkvoorraadStroom {

    private final QueryGateway queryGateway;
    private final Duration timeout;
    private final Duration hartslag;

    public WerkvoorraadStroom(QueryGateway queryGateway, Duration timeout, Duration hartslag) {
        this.queryGateway = queryGateway;
        this.timeout = timeout;
        this.hartslag = hartslag;
    }

    /** The stream of {@code team}, for a member of that team only. */
    public SseEmitter open(String team, Authentication authentication) {
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
