package nl.integraletoegang.platform.security;

import java.util.Optional;
import nl.integraletoegang.api.audit.Identiteit;
import nl.integraletoegang.api.medewerker.Rol;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The authenticated user as the domain sees them: who, in which role, in which team. Role and team are
 * carried as authorities ({@code ROLE_x}, {@code TEAM_x}) so that every authentication mechanism
 * (local users, OIDC tokens) maps onto the same shape. The user name is the normalised identity (see
 * {@link Identiteit}): {@code DIRK} logging in is {@code dirk}, in the audit trail and in every comparison.
 */
public record Medewerker(String gebruikersnaam, Rol rol, String team) {

    static final String TEAM_PREFIX = "TEAM_";

    public static Optional<Medewerker> from(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        Rol rol = null;
        String team = null;
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            String authority = granted.getAuthority();
            if (authority.startsWith("ROLE_")) {
                rol = Rol.valueOf(authority.substring("ROLE_".length()));
            } else if (authority.startsWith(TEAM_PREFIX)) {
                team = authority.substring(TEAM_PREFIX.length());
            }
        }
        return rol == null ? Optional.empty() : Optional.of(new Medewerker(Identiteit.normaliseer(authentication.getName()), rol, team));
    }

    public static String teamAuthority(String team) {
        return TEAM_PREFIX + team;
    }
}
