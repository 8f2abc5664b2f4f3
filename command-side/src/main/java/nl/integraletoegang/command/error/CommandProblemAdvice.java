package nl.integraletoegang.command.error;

import java.util.Optional;
import nl.integraletoegang.api.error.BusinessError;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers refused commands with RFC 9457 problem details: 400 for an invalid command, 404 for something unknown,
 * 409 for a rule of the casus or a stale version. The {@code regel} property names the rule.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CommandProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(CommandProblemAdvice.class);

    @ExceptionHandler(CommandExecutionException.class)
    ProblemDetail refused(CommandExecutionException exception) {
        Optional<BusinessError> details = exception.getDetails();
        if (details.isEmpty()) {
            log.error("Command failed without business error details", exception);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                    "Er ging aan onze kant iets mis bij het verwerken van de opdracht. Er is niets gewijzigd.");
            problem.setTitle("Interne fout");
            return problem;
        }
        BusinessError error = details.get();
        HttpStatus status = switch (error.code()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case RULE_VIOLATED, CONCURRENT_MODIFICATION -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, error.detail());
        problem.setTitle(switch (error.code()) {
            case INVALID -> "Ongeldige opdracht";
            case NOT_FOUND -> "Niet gevonden";
            case RULE_VIOLATED -> "Niet toegestaan";
            case CONCURRENT_MODIFICATION -> "Gelijktijdig gewijzigd";
            case FORBIDDEN -> "Geen toegang";
        });
        problem.setProperty("regel", error.rule());
        return problem;
    }

    /**
     * The client's {@code If-Match} version is not the household's current one (checked when the unit of work
     * commits, after the handler ran); nothing was stored.
     */
    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail stale(ConflictingAggregateVersionException exception) {
        return gelijktijdig("verouderde-versie", "Het huishouden is intussen door iemand anders gewijzigd.");
    }

    /**
     * Two writes for one household raced and the other one's events were stored first (detected when appending,
     * after the handler ran); nothing of this one was stored.
     */
    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ProblemDetail raced(Exception exception) {
        return gelijktijdig("gelijktijdige-wijziging", "Het huishouden is op hetzelfde moment door iemand anders "
                + "gewijzigd.");
    }

    private static ProblemDetail gelijktijdig(String regel, String wat) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, wat + " Er is niets van deze "
                + "opdracht opgeslagen; haal het overzicht opnieuw op en probeer het nog eens.");
        problem.setTitle("Gelijktijdig gewijzigd");
        problem.setProperty("regel", regel);
        return problem;
    }
}
