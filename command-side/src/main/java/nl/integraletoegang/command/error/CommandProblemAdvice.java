package nl.integraletoegang.command.error;

import nl.integraletoegang.platform.web.Commandweigering;
import org.axonframework.commandhandling.CommandExecutionException;
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
 * 409 for a rule of the casus or a stale version (see {@link RefusalPreservingCommandBus}). The {@code regel}
 * property names the rule.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CommandProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(CommandProblemAdvice.class);

    @ExceptionHandler(CommandExecutionException.class)
    ProblemDetail refused(CommandExecutionException exception) {
        return Commandweigering.uit(exception).map(Commandweigering::alsProblem).orElseGet(() -> {
            log.error("Command failed without business error details", exception);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                    "Er ging aan onze kant iets mis bij het verwerken van de opdracht. Er is niets gewijzigd.");
            problem.setTitle("Interne fout");
            return problem;
        });
    }
}
