package nl.integraletoegang.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The role rules of one module's endpoints. Each module that serves addresses contributes its own (the write API, the
 * read API, the web UI), so a module brings its rules along wherever it runs; the platform adds what every process
 * shares before them and refuses whatever no module lists after them. Need to know within a role (which team, which
 * household) is decided where the data is, not here.
 */
@FunctionalInterface
public interface Toegangsregels {

    void toepassen(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry regels);
}
