package nl.integraletoegang.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.integraletoegang.api.medewerker.Rol;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;

/** The claim shapes of the identity providers municipalities run, mapped onto the same {@link Medewerker}. */
class MedewerkerJwtConverterTest {

    private static Jwt jwt(Map<String, Object> claims) {
        Jwt.Builder jwt = Jwt.withTokenValue("token").header("alg", "RS256").subject("sub-42")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(jwt::claim);
        return jwt.build();
    }

    private static Medewerker medewerker(JwtProperties properties, Map<String, Object> claims) {
        Authentication authentication = new MedewerkerJwtConverter(properties).convert(jwt(claims));
        return Medewerker.from(authentication).orElse(null);
    }

    private static final JwtProperties DEFAULTS = new JwtProperties(null, null, null, null);

    @Test
    void aPlainStringRoleAndTeamWithThePreferredUsername() {
        assertThat(medewerker(DEFAULTS, Map.of("rol", "procesregisseur", "team", "PROCESREGIE",
                "preferred_username", "petra")))
                .isEqualTo(new Medewerker("petra", Rol.PROCESREGISSEUR, "PROCESREGIE"));
    }

    @Test
    void aListOfRolesInANestedClaimWhereTheFirstKnownRoleCounts() {
        JwtProperties keycloak = new JwtProperties("realm_access.roles", "groep", null, null);
        assertThat(medewerker(keycloak, Map.of("realm_access", Map.of("roles",
                        List.of("offline_access", "ROLE_AUDITOR", "BEHEERDER")), "groep", List.of("WMO"))))
                .isEqualTo(new Medewerker("sub-42", Rol.AUDITOR, "WMO"));
    }

    @Test
    void entraIdStyleRolesWithAnotherUsernameClaim() {
        JwtProperties entra = new JwtProperties("roles", "team", "upn", null);
        assertThat(medewerker(entra, Map.of("roles", List.of("Toegangsmedewerker"), "upn", "anna@gemeente.nl")))
                .isEqualTo(new Medewerker("anna@gemeente.nl", Rol.TOEGANGSMEDEWERKER, null));
    }

    @Test
    void aTokenWithoutAKnownRoleIsNoMedewerker() {
        assertThat(medewerker(DEFAULTS, Map.of("rol", List.of("offline_access", "uma_authorization")))).isNull();
        assertThat(medewerker(DEFAULTS, Map.of("team", "WMO"))).isNull();
        assertThat(medewerker(DEFAULTS, Map.of("rol", Map.of("naam", "MANAGER")))).isNull();
    }
}
