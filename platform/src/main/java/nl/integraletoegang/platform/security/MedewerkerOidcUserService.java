package nl.integraletoegang.platform.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A worker who logs in to the web UI through the identity provider gets the authorities and the user name that a
 * bearer token with the same claims gets in the API (see {@link MedewerkerClaims}), so pages and API decide alike.
 */
final class MedewerkerOidcUserService extends OidcUserService {

    private final MedewerkerClaims claims;

    MedewerkerOidcUserService(JwtProperties properties) {
        this.claims = new MedewerkerClaims(properties);
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser gebruiker = super.loadUser(request);
        return new MedewerkerOidcUser(claims.authorities(gebruiker.getClaims()), gebruiker,
                claims.gebruikersnaam(gebruiker.getClaims(), gebruiker.getSubject()));
    }

    /** The OIDC user under the name the service knows them by, with the service's authorities. */
    static final class MedewerkerOidcUser extends DefaultOidcUser {

        private final String gebruikersnaam;

        MedewerkerOidcUser(Collection<? extends GrantedAuthority> authorities, OidcUser gebruiker,
                           String gebruikersnaam) {
            super(authorities, gebruiker.getIdToken(), gebruiker.getUserInfo(), IdTokenClaimNames.SUB);
            this.gebruikersnaam = gebruikersnaam;
        }

        @Override
        public String getName() {
            return gebruikersnaam;
        }
    }
}
