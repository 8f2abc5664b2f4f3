package nl.integraletoegang.platform.vrager;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.integraletoegang.platform.security.Medewerker;
import nl.integraletoegang.api.medewerker.Rol;
import org.axonframework.messaging.MetaData;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Who asks a query, as it travels with the query in its metadata: the query handler decides need to know and writes
 * the access log from it, so every client of the query bus gets the same rules (not only the controllers). Also the
 * endpoint and correlation id of the request, for the access log's entry.
 */
public record Vrager(Medewerker medewerker, String endpoint, String correlatieId) {

    public static final String GEBRUIKER = "vrager.gebruiker";
    public static final String ROL = "vrager.rol";
    public static final String TEAM = "vrager.team";
    public static final String ENDPOINT = "vrager.endpoint";
    public static final String CORRELATIE = "vrager.correlatieId";

    /** The asker of a query; absent when the query was sent outside a user's request. */
    public static Optional<Vrager> uit(MetaData metaData) {
        if (!(metaData.get(GEBRUIKER) instanceof String gebruiker) || !(metaData.get(ROL) instanceof String rol)) {
            return Optional.empty();
        }
        Medewerker medewerker = new Medewerker(gebruiker, Rol.valueOf(rol),
                metaData.get(TEAM) instanceof String team ? team : null);
        return Optional.of(new Vrager(medewerker,
                metaData.get(ENDPOINT) instanceof String endpoint ? endpoint : "onbekend",
                metaData.get(CORRELATIE) instanceof String correlatie ? correlatie : null));
    }

    /** The endpoint of the current request as its template ({@code GET /api/huishoudens/{huishoudenId}}), so entries
     * of the access log group per endpoint; "onbekend" outside a request. */
    public static String huidigEndpoint() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            return request.getMethod() + " " + (pattern == null ? request.getRequestURI() : pattern);
        }
        return "onbekend";
    }

    /** The asker as query metadata, for a sender that puts it on a query itself. */
    public MetaData alsMetaData() {
        Map<String, String> waarden = new HashMap<>();
        waarden.put(GEBRUIKER, medewerker.gebruikersnaam());
        waarden.put(ROL, medewerker.rol().name());
        if (medewerker.team() != null) {
            waarden.put(TEAM, medewerker.team());
        }
        waarden.put(ENDPOINT, endpoint);
        if (correlatieId != null) {
            waarden.put(CORRELATIE, correlatieId);
        }
        return MetaData.from(waarden);
    }
}
