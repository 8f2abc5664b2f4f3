package nl.integraletoegang.platform.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Gives a token holder the same authorities a demo user of the same role and team has, so every authorisation rule
 * works the same for both (see {@link MedewerkerClaims}).
 */
final class MedewerkerJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final MedewerkerClaims claims;

    MedewerkerJwtConverter(JwtProperties properties) {
        this.claims = new MedewerkerClaims(properties);
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        return new JwtAuthenticationToken(jwt, claims.authorities(jwt.getClaims()),
                claims.gebruikersnaam(jwt.getClaims(), jwt.getSubject()));
    }
}
