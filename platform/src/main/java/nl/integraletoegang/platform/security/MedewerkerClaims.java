package nl.integraletoegang.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.integraletoegang.api.audit.Identiteit;
import nl.integraletoegang.api.medewerker.Rol;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Reads who a user is from the claims of the identity provider, the same way for an API bearer token and for a
 * login to the web UI: the same authorities a demo user of the same role and team has ({@code ROLE_x},
 * {@code TEAM_x}). A user has one role in this service: of the role claim's values the first one that names a
 * {@link Rol} counts, and values the service does not know (an identity provider's own roles such as
 * {@code offline_access}) are ignored. Claims without a known role give no role, and so reach nothing but the open
 * endpoints.
 */
final class MedewerkerClaims {

    private final JwtProperties properties;

    MedewerkerClaims(JwtProperties properties) {
        this.properties = properties;
    }

    List<GrantedAuthority> authorities(Map<String, Object> claims) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        rol(claim(claims, properties.rolClaim()))
                .ifPresent(rol -> authorities.add(new SimpleGrantedAuthority(rol.authority())));
        values(claim(claims, properties.teamClaim())).stream().findFirst()
                .ifPresent(team -> authorities.add(new SimpleGrantedAuthority(Medewerker.teamAuthority(team))));
        return authorities;
    }

    /** The normalised identity (see {@link Identiteit}) of the configured user-name claim, else of the subject. */
    String gebruikersnaam(Map<String, Object> claims, String subject) {
        return Identiteit.normaliseer(
                values(claim(claims, properties.gebruikersnaamClaim())).stream().findFirst().orElse(subject));
    }

    private static Optional<Rol> rol(Object claim) {
        for (String value : values(claim)) {
            String naam = value.toUpperCase(Locale.ROOT);
            naam = naam.startsWith("ROLE_") ? naam.substring("ROLE_".length()) : naam;
            for (Rol rol : Rol.values()) {
                if (rol.name().equals(naam)) {
                    return Optional.of(rol);
                }
            }
        }
        return Optional.empty();
    }

    /** Follows a dotted path into nested claim objects. */
    private static Object claim(Map<String, Object> claims, String path) {
        Object current = claims;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    private static List<String> values(Object claim) {
        if (claim instanceof String text && !text.isBlank()) {
            return List.of(text.strip());
        }
        if (claim instanceof Collection<?> collection) {
            return collection.stream().filter(String.class::isInstance).map(String.class::cast)
                    .map(String::strip).filter(text -> !text.isEmpty()).toList();
        }
        return List.of();
    }
}
