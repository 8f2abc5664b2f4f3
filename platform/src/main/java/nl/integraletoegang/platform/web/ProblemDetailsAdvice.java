package nl.integraletoegang.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
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
import org.springframework.security.web.firewall.RequestRejectedException;
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
    private static final Pattern VEILIGE_NAAM = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

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

    /** A parameter that is not of its type: text where a number belongs, an unknown choice. Names, never echoes. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String naam = ex.getPropertyName() == null ? null : veilig(ex.getPropertyName());
        String veld = naam == null ? "Een parameter" : "De parameter '" + naam + "'";
        Class<?> type = ex.getRequiredType();
        String detail = type != null && (type.isEnum() || type == LocalDate.class)
                ? "%s verwacht %s.".formatted(veld, verwacht(type))
                : "%s heeft niet de verwachte vorm.".formatted(veld);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Ongeldige invoer");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /**
     * Says in Dutch what is wrong with a body, naming the field of the contract but never repeating what the client
     * sent: a detail is shown and logged, and a value may be a script, personal data or a megabyte.
     */
    static String unreadableDetail(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getMostSpecificCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String naam = veilig(unknown.getPropertyName());
            String bekend = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
            String waar = unknown.getPath().size() > 1
                    ? " in '" + fieldName(unknown.getPath().subList(0, unknown.getPath().size() - 1)) + "'" : "";
            return (naam == null ? "Onbekend veld%s.".formatted(waar) : "Onbekend veld '%s'%s.".formatted(naam, waar))
                    + " Dit veld hoort niet bij deze opdracht; laat het weg."
                    + (bekend.isEmpty() ? "" : " Toegestane velden: " + bekend + ".");
        }
        if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            return "Het veld '%s' verwacht %s.".formatted(fieldName(mismatched.getPath()),
                    verwacht(mismatched.getTargetType()));
        }
        if (cause instanceof MismatchedInputException mismatched) {
            return String.valueOf(mismatched.getOriginalMessage()).startsWith("Trailing token")
                    ? "Na het JSON-object volgt nog meer invoer. Stuur precies één JSON-object."
                    : "De invoer moet één JSON-object zijn.";
        }
        if (cause instanceof StreamReadException read
                && String.valueOf(read.getOriginalMessage()).startsWith("Duplicate field")) {
            String naam = read.getProcessor() == null ? null : veilig(currentName(read.getProcessor()));
            return (naam == null ? "Een veld" : "Het veld '" + naam + "'")
                    + " komt meer dan één keer voor. Geef elk veld één keer.";
        }
        if (cause instanceof JsonProcessingException) {
            return "De invoer is geen geldige JSON. Stuur precies één JSON-object, zonder tekst ervoor of erna.";
        }
        return "De invoer kon niet gelezen worden. Stuur een JSON-object.";
    }

    private static String currentName(JsonParser parser) {
        try {
            return parser.currentName();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** What a field of this type takes, in words a worker (or a client's developer) understands. */
    private static String verwacht(Class<?> type) {
        if (type == null) {
            return "een andere vorm";
        }
        if (type.isEnum()) {
            return "een van: " + keuzes(type);
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "tekst tussen aanhalingstekens";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true of false (zonder aanhalingstekens)";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "een geheel getal (zonder aanhalingstekens)";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "een getal (zonder aanhalingstekens)";
        }
        if (type == LocalDate.class) {
            return "een datum in de vorm JJJJ-MM-DD, bijvoorbeeld \"2027-01-31\"";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "een tijdstip volgens ISO 8601, bijvoorbeeld \"2027-01-31T09:00:00Z\"";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "een lijst [...]";
        }
        return "een object {...}";
    }

    private static String keuzes(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(constant -> ((Enum<?>) constant).name())
                .collect(Collectors.joining(", "));
    }

    private static String fieldName(List<JsonMappingException.Reference> path) {
        return path.stream()
                .map(reference -> reference.getFieldName() != null
                        ? Objects.requireNonNullElse(veilig(reference.getFieldName()), "?")
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    /**
     * A name from the request that may be repeated: the contract's field and parameter names all look like this. A
     * name of any other form (markup, control characters, a megabyte) is not repeated.
     */
    static String veilig(String naam) {
        return naam != null && VEILIGE_NAAM.matcher(naam).matches() ? naam : null;
    }

    /**
     * A request that the firewall refuses once its parameters are read (a NUL or another control character in a
     * form field's name): the client's mistake, not ours.
     */
    @ExceptionHandler(RequestRejectedException.class)
    ProblemDetail rejected(RequestRejectedException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Het verzoek bevat tekens die niet zijn toegestaan, zoals stuurtekens in een naam of adres.");
        problem.setTitle("Ongeldig verzoek");
        return problem;
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
