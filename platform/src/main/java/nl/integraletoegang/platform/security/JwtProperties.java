package nl.integraletoegang.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a bearer token of the municipality's identity provider (Keycloak, Entra ID, ADFS) maps onto a
 * {@link Medewerker}. Claim names may be dotted paths into nested objects, such as Keycloak's
 * {@code realm_access.roles}. The token itself is checked by Spring Boot's
 * {@code spring.security.oauth2.resourceserver.jwt.*} properties; {@code issuer} adds an explicit issuer check for set-ups that configure a key without an issuer URI.
 */
@ConfigurationProperties("integrale-toegang.security.jwt")
public record JwtProperties(String rolClaim, String teamClaim, String gebruikersnaamClaim, String issuer) {

    public JwtProperties {
        rolClaim = rolClaim == null || rolClaim.isBlank() ? "rol" : rolClaim;
        teamClaim = teamClaim == null || teamClaim.isBlank() ? "team" : teamClaim;
        gebruikersnaamClaim = gebruikersnaamClaim == null || gebruikersnaamClaim.isBlank()
                ? "preferred_username" : gebruikersnaamClaim;
        issuer = issuer == null || issuer.isBlank() ? null : issuer;
    }
}
