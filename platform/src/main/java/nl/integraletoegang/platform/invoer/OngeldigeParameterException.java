package nl.integraletoegang.platform.invoer;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A query parameter out of its range or not one of its choices: a 400 problem that names the parameter in Dutch. */
public class OngeldigeParameterException extends ErrorResponseException {

    public OngeldigeParameterException(String parameter, String detail) {
        super(HttpStatus.BAD_REQUEST, problem(parameter, detail), null);
    }

    private static ProblemDetail problem(String parameter, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Ongeldige parameter");
        problem.setProperty("parameter", parameter);
        return problem;
    }
}
