package nl.integraletoegang.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.integraletoegang.api.medewerker.Rol;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A login to the web UI through the identity provider yields the same worker as a bearer token with those claims. */
class MedewerkerOidcUserServiceTest {

    private static final ClientRegistration GEMEENTE = ClientRegistration.withRegistrationId("gemeente")
            .clientId("integrale-toegang")
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
            .scope("openid")
            .authorizationUri("https://idp.example/auth")
            .tokenUri("https://idp.example/token")
            .jwkSetUri("https://idp.example/certs")
            .userNameAttributeName("sub")
            .build();

    private static OidcUser login(Map<String, Object> claims, JwtProperties properties) {
        Instant nu = Instant.now();
        OidcIdToken idToken = OidcIdToken.withTokenValue("id-token").subject("f81d4fae-7dec").issuedAt(nu)
                .expiresAt(nu.plusSeconds(300)).claims(values -> values.putAll(claims)).build();
        OAuth2AccessToken accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access-token", nu,
                nu.plusSeconds(300));
        return new MedewerkerOidcUserService(properties).loadUser(new OidcUserRequest(GEMEENTE, accessToken, idToken));
    }

    @Test
    void aKeycloakUserGetsTheRoleTeamAndNameOfTheirClaims() {
        OidcUser gebruiker = login(Map.of("preferred_username", "anna", "team", "WMO",
                        "realm_access", Map.of("roles", List.of("offline_access", "toegangsmedewerker"))),
                new JwtProperties("realm_access.roles", null, null, null));

        assertThat(gebruiker.getName()).isEqualTo("anna");
        assertThat(gebruiker.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_TOEGANGSMEDEWERKER", "TEAM_WMO");
        assertThat(Medewerker.from(new org.springframework.security.oauth2.client.authentication
                .OAuth2AuthenticationToken(gebruiker, gebruiker.getAuthorities(), "gemeente")))
                .contains(new Medewerker("anna", Rol.TOEGANGSMEDEWERKER, "WMO"));
    }

    @Test
    void aUserWithoutAKnownRoleGetsNoRoleAndIsKnownByTheirSubject() {
        OidcUser gebruiker = login(Map.of("rol", "medewerker-kantine"), new JwtProperties(null, null, null, null));

        assertThat(gebruiker.getName()).isEqualTo("f81d4fae-7dec");
        assertThat(gebruiker.getAuthorities()).isEmpty();
    }
}
