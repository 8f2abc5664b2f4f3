package nl.integraletoegang.ui;

import jakarta.validation.ConstraintViolation;
import java.time.Duration;
import java.util.stream.Collectors;
import nl.integraletoegang.platform.audit.AuditMetadataFactory;
import nl.integraletoegang.platform.web.Commandweigering;
import nl.integraletoegang.api.huishouden.FindHuishoudenVersie;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * Sends the UI's commands over the command bus, as the write API does: with the user's audit metadata and the
 * reason they gave. The command side decides; a refusal comes back as a {@link Weigering} that the page shows next
 * to the form. In standalone and on Axon Server the bus reaches the command side; a query side on its own has no
 * command handlers, and says so.
 */
@Component
public class UiCommands {

    private static final Logger log = LoggerFactory.getLogger(UiCommands.class);

    /** How long a page waits for its own change to reach the household overview before showing it anyway. */
    private static final Duration GEDULD = Duration.ofSeconds(5);

    private final CommandGateway commandGateway;
    private final AuditMetadataFactory auditMetadata;
    private final QueryGateway queryGateway;

    UiCommands(CommandGateway commandGateway, AuditMetadataFactory auditMetadata, QueryGateway queryGateway) {
        this.commandGateway = commandGateway;
        this.auditMetadata = auditMetadata;
        this.queryGateway = queryGateway;
    }

    /**
     * Sends a command that answers with the household's new version, and waits until the household overview shows
     * it, so that the page the worker returns to shows their own change.
     */
    public long sendAndAwait(Object command, String huishoudenId, String reden) {
        long versie = this.<Long>send(command, reden);
        awaitOverzicht(huishoudenId, versie);
        return versie;
    }

    /**
     * Waits until the household overview shows {@code versie}, at most {@link #GEDULD}: a subscription query on the
     * household's version answers the version the overview has now and then each newer one as the query side reaches
     * it (in standalone on the local bus, in the distributed set-up through Axon Server), so nothing is polled.
     *
     * @return whether the overview got there in time; if not, the page shows what there is
     */
    public boolean awaitOverzicht(String huishoudenId, long versie) {
        try (SubscriptionQueryResult<Long, Long> versies = queryGateway.subscriptionQuery(
                new FindHuishoudenVersie(huishoudenId), ResponseTypes.instanceOf(Long.class),
                ResponseTypes.instanceOf(Long.class))) {
            Boolean bereikt = Flux.concat(versies.initialResult(), versies.updates())
                    .any(gelezen -> gelezen >= versie)
                    .block(GEDULD);
            return Boolean.TRUE.equals(bereikt);
        } catch (RuntimeException nietBereikt) {
            // block's timeout, or no query side to ask: the worker sees the page without their change yet
            log.warn("The household overview did not reach the version of a change within {}: {}", GEDULD,
                    nietBereikt.getClass().getSimpleName());
            return false;
        }
    }

    public <R> R send(Object command) {
        return send(command, null);
    }

    public <R> R send(Object command, String reden) {
        try {
            return commandGateway.sendAndWait(auditMetadata.command(command, reden));
        } catch (CommandExecutionException exception) {
            throw Commandweigering.uit(exception).map(Weigering::van).orElseThrow(() -> exception);
        } catch (JSR303ViolationException exception) {
            // the forms check the same field rules, so this is a value the page did not offer to type
            throw new Weigering(HttpStatus.BAD_REQUEST, "veldregel", exception.getViolations().stream()
                    .map(ConstraintViolation::getMessage)
                    .distinct()
                    .sorted()
                    .collect(Collectors.joining(" ")) + " Er is niets opgeslagen.");
        } catch (NoHandlerForCommandException exception) {
            log.error("No command handler reachable for {}", command.getClass().getSimpleName());
            throw new Weigering(HttpStatus.SERVICE_UNAVAILABLE, "schrijfkant-onbereikbaar", "Wijzigen kan nu niet: "
                    + "de schrijfkant van de toegang is niet bereikbaar. Er is niets opgeslagen.");
        }
    }
}
