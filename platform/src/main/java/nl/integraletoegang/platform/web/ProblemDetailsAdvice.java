package nl.integraletoegang.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns invalid input and unexpected failures into RFC 9457 problem details with a Dutch explanation. Rule
 * violations of the domain are answered by the side that knows them; this advice is the fallback.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "De invoer is niet volledig of niet juist. Controleer de gemarkeerde velden.");
        problem.setTitle("Ongeldige invoer");
        List<Map<String, String>> fouten = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("veld", error.getField(), "melding", String.valueOf(error.getDefaultMessage())))
                .toList();
        problem.setProperty("fouten", fouten);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, unreadableDetail(ex));
        problem.setTitle("Ongeldige invoer");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A query or path parameter outside its bounds (page size too large, negative page, ...). */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Een of meer parameters vallen buiten wat is toegestaan. Controleer de gemarkeerde parameters.");
        problem.setTitle("Ongeldige invoer");
        List<Map<String, String>> fouten = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> Map.of(
                        "veld", String.valueOf(result.getMethodParameter().getParameterName()),
                        "melding", dutchConstraint(error.getCodes(), error.getArguments()))))
                .toList();
        problem.setProperty("fouten", fouten);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static String dutchConstraint(String[] codes, Object[] arguments) {
        String code = codes == null || codes.length == 0 ? "" : codes[codes.length - 1];
        Object grens = arguments != null && arguments.length > 1 ? arguments[arguments.length - 1] : null;
        return switch (code) {
            case "Min" -> "Moet minstens " + grens + " zijn.";
            case "Max" -> "Mag hoogstens " + grens + " zijn.";
            case "Size" -> "Heeft niet de toegestane lengte.";
            default -> "Is niet toegestaan.";
        };
    }

    /** A parameter that is not of its type: text where a number belongs, an unknown choice. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String naam = ex.getPropertyName() == null ? "een parameter" : "'" + ex.getPropertyName() + "'";
        String detail = ex.getRequiredType() != null && ex.getRequiredType().isEnum()
                ? "'%s' is geen geldige waarde voor %s. Kies uit: %s.".formatted(ex.getValue(), naam,
                        Arrays.stream(ex.getRequiredType().getEnumConstants()).map(Object::toString)
                                .collect(Collectors.joining(", ")))
                : "'%s' is geen geldige waarde voor %s.".formatted(ex.getValue(), naam);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Ongeldige invoer");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static String unreadableDetail(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getMostSpecificCause();
        if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(Object::toString)
                    .collect(Collectors.joining(", "));
            return "'%s' is geen geldige waarde voor %s. Kies uit: %s."
                    .formatted(invalid.getValue(), fieldName(invalid), allowed);
        }
        if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            return "Het veld %s heeft niet de verwachte vorm.".formatted(fieldName(mismatched));
        }
        if (cause instanceof JsonProcessingException) {
            return "De invoer is geen geldige JSON.";
        }
        return "De invoer kon niet gelezen worden. Stuur een JSON-object.";
    }

    private static String fieldName(MismatchedInputException ex) {
        return ex.getPath().stream()
                .map(reference -> reference.getFieldName() != null
                        ? reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    /**
     * A command broke a field rule of the contract (length, characters) and was refused before it was dispatched:
     * nothing was stored. The messages are the rules' own texts; the refused value is never echoed.
     */
    @ExceptionHandler(JSR303ViolationException.class)
    ProblemDetail fieldRuleBroken(JSR303ViolationException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "De invoer is niet volledig of niet juist. Controleer de gemarkeerde velden. Er is niets opgeslagen.");
        problem.setTitle("Ongeldige invoer");
        problem.setProperty("regel", "veldregel");
        problem.setProperty("fouten", ex.getViolations().stream()
                .map(violation -> Map.of("veld", violation.getPropertyPath().toString(),
                        "melding", violation.getMessage()))
                .sorted(Comparator.comparing((Map<String, String> fout) -> fout.get("veld")))
                .toList());
        return problem;
    }

    /** Unexpected failures: the worker gets the correlation id to report, the log gets the cause. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception ex) {
        String correlationId = MDC.get(CorrelationIdFilter.MDC_KEY);
        log.error("Unexpected failure handling request", ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Er ging aan onze kant iets mis. Probeer het later opnieuw; blijft het misgaan, meld dan correlatie-id "
                        + correlationId + ".");
        problem.setTitle("Interne fout");
        return problem;
    }
}
