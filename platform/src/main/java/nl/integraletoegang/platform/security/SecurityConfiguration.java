package nl.integraletoegang.platform.security;

import static org.springframework.security.config.Customizer.withDefaults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.integraletoegang.api.medewerker.Rol;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Authentication, and the role rules every process shares (health, the API description, metrics, the login form);
 * each module adds the rules of its own addresses as {@link Toegangsregels}.
 * Bearer tokens are accepted when an identity provider is configured
 * ({@code spring.security.oauth2.resourceserver.jwt.*});
 * the demo users log in with HTTP basic or the login form and exist only while
 * {@code integrale-toegang.security.demo-users} lists them. Need to know within a role (which team, which household)
 * is decided where the data is; these rules only say which roles an endpoint is for. Whatever is not listed is
 * refused, so a new endpoint is closed until its module gives it a rule.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties({DemoUsersProperties.class, JwtProperties.class, CorsProperties.class})
class SecurityConfiguration {

    static final String LOGIN_PAGE = "/inloggen";
    private static final String BEHEERDER = Rol.BEHEERDER.name();

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, DemoUsersProperties demoUsers, JwtProperties jwt,
                                            CorsProperties cors, ObjectProvider<JwtDecoder> jwtDecoder,
                                            ObjectProvider<ClientRegistrationRepository> identityProviders,
                                            ObjectProvider<Toegangsregels> modules)
            throws Exception {
        http.authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
                                "/swagger-ui.html", "/swagger-ui/**", "/error")
                        .permitAll()
                        // metrics name projections, processors and load; only the people running the service need them
                        .requestMatchers("/actuator/**").hasRole(BEHEERDER)
                        // any user may ask which methods an address takes; a CORS preflight is answered before
                        // this table (by the CORS filter: 403 unless its origin is configured)
                        .requestMatchers(HttpMethod.OPTIONS, "/api/**").authenticated()
                        // every module's management API (projections, erasure) is for the people running the service
                        .requestMatchers("/api/beheer/**").hasRole(BEHEERDER)
                        // the login form and what the pages load, for whichever module shows pages
                        .requestMatchers(LOGIN_PAGE, "/css/**", "/js/**", "/webjars/**", "/favicon.ico").permitAll();
                    // each module's own addresses, in the order of the modules
                    modules.orderedStream().forEach(module -> module.toepassen(requests));
                    // whatever no module lists is refused, so a new endpoint is closed until it gets a rule
                    requests.anyRequest().denyAll();
                })
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(new GeenToegangHandler())
                        // registered before the login form's, so an API request is never sent to the login page
                        .defaultAuthenticationEntryPointFor(new NietIngelogdHandler(challenges(demoUsers, jwtDecoder)),
                                PathPatternRequestMatcher.withDefaults().matcher("/api/**")))
                .cors(configurer -> configurer.configurationSource(corsConfiguration(cors)))
                .headers(headers -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        request -> !request.getRequestURI().startsWith("/swagger-ui"),
                        // the UI loads nothing from elsewhere and runs no inline script: injected markup cannot run
                        new StaticHeadersWriter("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; "
                                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))))
                // The API is called with credentials on every request, not with a session cookie.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
        if (!demoUsers.demoUsers().isEmpty()) {
            http.httpBasic(withDefaults())
                    .formLogin(form -> form.loginPage(LOGIN_PAGE).permitAll())
                    .logout(logout -> logout.logoutUrl("/uitloggen").logoutSuccessUrl(LOGIN_PAGE + "?uitgelogd"));
        }
        if (identityProviders.getIfAvailable() != null) {
            // the web UI's login through the identity provider (spring.security.oauth2.client.registration.*)
            http.oauth2Login(login -> login.loginPage(LOGIN_PAGE)
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new MedewerkerOidcUserService(jwt))));
        }
        JwtDecoder decoder = jwtDecoder.getIfAvailable();
        if (decoder != null) {
            JwtDecoder checked = jwt.issuer() == null ? decoder : new IssuerCheckingJwtDecoder(decoder, jwt.issuer());
            http.oauth2ResourceServer(resourceServer -> resourceServer.jwt(token -> token
                    .decoder(checked)
                    .jwtAuthenticationConverter(new MedewerkerJwtConverter(jwt))));
        }
        return http.build();
    }

    private static List<String> challenges(DemoUsersProperties demoUsers, ObjectProvider<JwtDecoder> jwtDecoder) {
        List<String> challenges = new ArrayList<>();
        if (jwtDecoder.getIfAvailable() != null) {
            challenges.add("Bearer");
        }
        if (!demoUsers.demoUsers().isEmpty()) {
            challenges.add("Basic realm=\"Integrale Toegang\"");
        }
        return challenges;
    }

    /**
     * CORS for the API only, and only for the configured origins. With none configured every preflight is refused
     * (403), so a page on another origin cannot call the API with a user's credentials.
     */
    static CorsConfigurationSource corsConfiguration(CorsProperties cors) {
        CorsConfiguration api = new CorsConfiguration();
        api.setAllowedOrigins(cors.allowedOrigins());
        api.setAllowedMethods(List.of("GET", "POST"));
        api.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT,
                HttpHeaders.IF_MATCH, "Idempotency-Key", "X-Correlation-Id"));
        api.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION, "X-Correlation-Id"));
        api.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", api);
        return source;
    }

    /** An address the firewall refuses (a NUL, an encoded slash, ...) is the client's mistake: 400, not 500. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new HttpStatusRequestRejectedHandler();
    }

    /**
     * With Spring Security's observations switched off ({@code management.observations.enable.spring.security=false},
     * the platform default) their predicate only makes each observation a no-op: the filter chain was still wrapped
     * filter by filter, and authentication and authorisation still went through observing wrappers, on every
     * request. Saying so here leaves the chain, the authentication manager and the authorisation manager unwrapped.
     */
    @Bean
    @ConditionalOnProperty(name = "management.observations.enable.spring.security", havingValue = "false")
    SecurityObservationSettings securityObservationsOff() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Demo passwords are published in the README, so hashing them protects nothing; storing them as
     * {@code {noop}} keeps every API call with basic authentication free of a bcrypt round. The users are handed
     * out as a plain {@link UserDetailsService}, not as the {@link InMemoryUserDetailsManager} itself: Spring
     * Security treats a user store that can change passwords as the place to "upgrade" them, and would re-encode
     * each demo password with bcrypt at its first login, putting a bcrypt check (tens of milliseconds of CPU) back
     * on every request after it.
     */
    @Bean
    UserDetailsService demoUsers(DemoUsersProperties properties) {
        List<UserDetails> users = new ArrayList<>();
        for (DemoUsersProperties.DemoUser user : properties.demoUsers()) {
            List<SimpleGrantedAuthority> authorities = new ArrayList<>();
            authorities.add(new SimpleGrantedAuthority(user.rol().authority()));
            if (user.team() != null && !user.team().isBlank()) {
                authorities.add(new SimpleGrantedAuthority(Medewerker.teamAuthority(user.team())));
            }
            users.add(User.withUsername(user.username())
                    .password("{noop}" + user.password())
                    .authorities(authorities)
                    .build());
        }
        InMemoryUserDetailsManager store = new InMemoryUserDetailsManager(users);
        return store::loadUserByUsername;
    }
}
