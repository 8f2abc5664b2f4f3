package nl.integraletoegang.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Content negotiation for a write of the API happens before the write, not after: a client that accepts no JSON
 * (only XML, HTML, CSV or an unreadable {@code Accept}) gets 406 and nothing is stored. Spring would otherwise find
 * out only when writing the answer, after the command's events were stored. An endpoint that declares what it
 * produces is negotiated by Spring before it runs. A {@code Content-Type} of no definite type ({@code *}{@code /*})
 * gets 415 instead of Spring's failure to read it.
 */
class ContentNegotiationInterceptor implements HandlerInterceptor {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON);
    private final HeaderContentNegotiationStrategy accept = new HeaderContentNegotiationStrategy();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeException {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        if (!WRITES.contains(request.getMethod())) {
            return true;
        }
        checkContentType(request.getHeader(HttpHeaders.CONTENT_TYPE));
        if (request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE) != null) {
            return true;
        }
        List<MediaType> accepted = accept.resolveMediaTypes(new ServletWebRequest(request));
        if (accepted.stream().noneMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON))) {
            throw new HttpMediaTypeNotAcceptableException(JSON);
        }
        return true;
    }

    private static void checkContentType(String contentType) throws HttpMediaTypeNotSupportedException {
        if (contentType == null) {
            return;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                throw new HttpMediaTypeNotSupportedException(null, JSON, null);
            }
        } catch (InvalidMediaTypeException e) {
            throw new HttpMediaTypeNotSupportedException(null, JSON, null);
        }
    }
}
