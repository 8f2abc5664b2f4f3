package nl.integraletoegang.command.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Reads {@code If-Match} and {@code Idempotency-Key} into a {@link WriteRequest}; malformed values get a 400. */
class WriteRequestResolver implements HandlerMethodArgumentResolver {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern VERSION = Pattern.compile("^(?:W/)?\"?(\\d{1,18})\"?$");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(WriteRequest.class);
    }

    @Override
    public WriteRequest resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                        NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        return new WriteRequest(version(webRequest.getHeader("If-Match")),
                key(webRequest.getHeader(IDEMPOTENCY_KEY)), request == null ? "" : request.getRequestURI());
    }

    private static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        Matcher matcher = VERSION.matcher(ifMatch.trim());
        if (!matcher.matches()) {
            throw badRequest("If-Match moet de versie van het huishouden bevatten, bijvoorbeeld \"12\".");
        }
        return Long.parseLong(matcher.group(1));
    }

    private static String key(String idempotencyKey) {
        if (idempotencyKey == null) {
            return null;
        }
        if (!KEY.matcher(idempotencyKey).matches()) {
            throw badRequest("Idempotency-Key moet 8 tot 128 tekens lang zijn (letters, cijfers, . _ : -), "
                    + "bijvoorbeeld een UUID.");
        }
        return idempotencyKey;
    }

    private static ErrorResponseException badRequest(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Ongeldige header");
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }
}
