package nl.integraletoegang.platform.web;

import java.util.Map;
import java.util.Optional;
import nl.integraletoegang.api.error.BusinessError;
import org.axonframework.commandhandling.CommandExecutionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A command the command side refused, as every client that sent it shows it: the status and title that go with its
 * code in the contract, the rule, the Dutch explanation and what it is about. The write API answers it as a problem
 * detail, the web UI next to its form; both read it from here, so a refusal looks the same wherever it was made.
 */
public record Commandweigering(HttpStatus status, String titel, String regel, String detail,
                               Map<String, String> eigenschappen) {

    public static Commandweigering van(BusinessError error) {
        return new Commandweigering(HttpStatus.valueOf(error.code().status()), error.code().titel(), error.rule(),
                error.detail(), error.eigenschappen());
    }

    /** The refusal a failed command carries, absent when it failed without one (then it is our fault). */
    public static Optional<Commandweigering> uit(CommandExecutionException exception) {
        return exception.<BusinessError>getDetails().map(Commandweigering::van);
    }

    public ProblemDetail alsProblem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(titel);
        problem.setProperty("regel", regel);
        eigenschappen.forEach(problem::setProperty);
        return problem;
    }
}
