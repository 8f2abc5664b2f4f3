package nl.integraletoegang.platform.invoer;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A read outside the user's need to know (DESIGN §4): answered as a 403 problem in Dutch. Thrown from the controller
 * rather than through Spring Security's access-denied path, so the answer has the same shape as every other error.
 */
public class GeenToegangException extends ErrorResponseException {

    public GeenToegangException(String detail) {
        super(HttpStatus.FORBIDDEN, problem(detail), null);
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
        problem.setTitle("Geen toegang");
        return problem;
    }
}
