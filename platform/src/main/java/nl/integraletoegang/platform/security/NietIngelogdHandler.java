package nl.integraletoegang.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * The API without credentials: 401 with the schemes it takes, whatever the client accepts. Spring Security would
 * send a request that accepts HTML to the login page with a 302, which an API client cannot follow.
 */
final class NietIngelogdHandler implements AuthenticationEntryPoint {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<String> schemes;

    /** @param schemes the {@code WWW-Authenticate} challenges, e.g. {@code Basic realm="..."} and {@code Bearer} */
    NietIngelogdHandler(List<String> schemes) {
        this.schemes = List.copyOf(schemes);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException reden)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                "Log in om de API te gebruiken: stuur bij elk verzoek een Authorization-header.");
        problem.setTitle("Niet ingelogd");
        problem.setInstance(URI.create(request.getRequestURI()));
        schemes.forEach(scheme -> response.addHeader(HttpHeaders.WWW_AUTHENTICATE, scheme));
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
