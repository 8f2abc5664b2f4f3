package nl.integraletoegang.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Set;
import org.axonframework.axonserver.connector.AxonServerException;
import org.axonframework.axonserver.connector.command.AxonServerCommandDispatchException;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * While PostgreSQL is unreachable a request fails within the pool's connection timeout; it is answered with 503 and
 * {@code Retry-After} instead of a 500: an RFC 9457 problem detail for the API, the UI's error page for the pages.
 * The failure arrives in many wrappings (Spring's data-access and transaction exceptions, Axon's
 * {@code JdbcException} or {@code CommandExecutionException} around a driver's {@link SQLException}), so the whole
 * cause chain is searched. It runs before every {@code @ExceptionHandler}, whatever their order.
 *
 * <p>The same holds when no command-side instance could finish a command: over Axon Server the instance handling it
 * was lost (killed, cut off) while it ran, or none is connected for a moment. The sender cannot know whether the
 * change was stored, so the answer says so and advises the retry with the same {@code Idempotency-Key}.
 */
@Component
public class DatabaseUnavailableResolver implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableResolver.class);
    private static final String HIKARI_CLOSED_CONNECTION = "Connection is closed";
    /**
     * Failures of Axon Server itself rather than of a handler: the connector gives codes it has no exception for
     * (such as Axon Server's "connection to the handler lost", AXONIQ-4001) as AXONIQ-0001; 3001 is Axon Server
     * unreachable. A command it could not dispatch (AXONIQ-4003) arrives as its own exception.
     */
    private static final Set<String> COMMAND_SIDE_LOST = Set.of("AXONIQ-0001", "AXONIQ-3001");

    private final ObjectMapper objectMapper;
    private final Duration retryAfter;

    DatabaseUnavailableResolver(ObjectMapper objectMapper,
                                @Value("${integrale-toegang.database.retry-after:5s}") Duration retryAfter) {
        this.objectMapper = objectMapper;
        this.retryAfter = retryAfter;
    }

    /** Whether the failure, or anything it was caused by, says the database cannot be reached right now. */
    public static boolean isCauseOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
            // SQLSTATE class 08: connection exception; 57P01-57P03: the server shuts down or is starting up
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            // Hikari's answer, without an SQLSTATE, on a connection it already closed because the database broke it;
            // Axon reaches it after it swallowed the first failure (reading a snapshot falls back to the events)
            if (cause instanceof SQLException sql && sql.getSQLState() == null
                    && HIKARI_CLOSED_CONNECTION.equals(sql.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the failure says no command-side instance finished the command: the one handling it was lost, or no
     * instance handles the command right now.
     */
    public static boolean isCommandSideLost(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof NoHandlerForCommandException || cause instanceof AxonServerCommandDispatchException
                    || cause instanceof AxonServerException axonServer
                    && COMMAND_SIDE_LOST.contains(axonServer.code())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception exception) {
        boolean database = isCauseOf(exception);
        if (!database && !isCommandSideLost(exception) || response.isCommitted()) {
            return null;
        }
        // the exception's class only: a driver's message may quote what was sent
        log.warn("{}, answered 503 ({})", database ? "Database unreachable" : "Command side lost the command",
                exception.getClass().getName());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, retryAfter.toSeconds())));
        try {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, database
                        ? "De database is even niet bereikbaar. Probeer het over enkele seconden opnieuw; stuur bij een "
                                + "wijziging dezelfde Idempotency-Key mee, dan wordt die hooguit één keer uitgevoerd."
                        : "De server die de wijziging verwerkte, viel weg; of de wijziging is opgeslagen, is niet "
                                + "zeker. Probeer het over enkele seconden opnieuw met dezelfde Idempotency-Key, dan "
                                + "wordt de wijziging hooguit één keer uitgevoerd.");
                problem.setTitle("Tijdelijk niet beschikbaar");
                problem.setInstance(URI.create(request.getRequestURI()));
                response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                objectMapper.writeValue(response.getOutputStream(), problem);
            } else {
                // the pages get the UI's error page for 503, rendered by Spring Boot's error handling
                response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
            }
        } catch (IOException e) {
            log.debug("Could not send the 503 answer", e);
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
