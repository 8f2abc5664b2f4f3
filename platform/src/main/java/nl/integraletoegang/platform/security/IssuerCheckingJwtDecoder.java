package nl.integraletoegang.platform.security;

import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Spring Boot checks the issuer only when it finds the keys through the issuer URI or a JWK set URI; with a
 * configured public key it does not. This adds the check for every set-up, so a token of another identity
 * provider signed with a shared or leaked key is still refused.
 */
final class IssuerCheckingJwtDecoder implements JwtDecoder {

    private final JwtDecoder delegate;
    private final JwtIssuerValidator issuer;

    IssuerCheckingJwtDecoder(JwtDecoder delegate, String issuer) {
        this.delegate = delegate;
        this.issuer = new JwtIssuerValidator(issuer);
    }

    @Override
    public Jwt decode(String token) {
        Jwt jwt = delegate.decode(token);
        OAuth2TokenValidatorResult result = issuer.validate(jwt);
        if (result.hasErrors()) {
            throw new JwtValidationException("The token has another issuer.", result.getErrors());
        }
        return jwt;
    }
}
