package nl.integraletoegang.platform.security;

import static org.springframework.security.config.Customizer.withDefaults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
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
 * Authentication and the role rules of every endpoint, in one table so that a reviewer sees who may call what.
 * Bearer tokens are accepted when an identity provider is configured
 * ({@code spring.security.oauth2.resourceserver.jwt.*});
 * the demo users log in with HTTP basic or the login form and exist only while
 * {@code integrale-toegang.security.demo-users} lists them. Need to know within a role (which team, which household)
 * is decided where the data is, in the query side; this table only says which roles an endpoint is for. Whatever is
 * not listed is refused, so a new endpoint is closed until it gets a rule here.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties({DemoUsersProperties.class, JwtProperties.class, CorsProperties.class})
class SecurityConfiguration {

    private static final String CASUS = "/api/huishoudens/*/casussen/*";
    private static final String UI_CASUS = "/huishoudens/*/casussen/*";
    private static final String UI_ESCALATIE = "/escalaties/*/*";
    static final String LOGIN_PAGE = "/inloggen";
    private static final String TOEGANGSMEDEWERKER = Rol.TOEGANGSMEDEWERKER.name();
    private static final String PROCESREGISSEUR = Rol.PROCESREGISSEUR.name();
    private static final String DOORBRAAKTEAM = Rol.DOORBRAAKTEAM.name();
    private static final String MANAGER = Rol.MANAGER.name();
    private static final String AUDITOR = Rol.AUDITOR.name();
    private static final String BEHEERDER = Rol.BEHEERDER.name();

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, DemoUsersProperties demoUsers, JwtProperties jwt,
                                            CorsProperties cors, ObjectProvider<JwtDecoder> jwtDecoder,
                                            ObjectProvider<ClientRegistrationRepository> identityProviders)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
                                "/swagger-ui.html", "/swagger-ui/**", "/error")
                        .permitAll()
                        // metrics name projections, processors and load; only the people running the service need them
                        .requestMatchers("/actuator/**").hasRole(BEHEERDER)
                        // any user may ask which methods an address takes; a CORS preflight is answered before
                        // this table (by the CORS filter: 403 unless its origin is configured)
                        .requestMatchers(HttpMethod.OPTIONS, "/api/**").authenticated()
                        .requestMatchers("/api/beheer/**").hasRole(BEHEERDER)
                        // the write API: the access workers carry the casus, the escalation levels act on escalations
                        .requestMatchers(HttpMethod.POST, "/api/meldingen", CASUS + "/routering", CASUS + "/triage",
                                CASUS + "/regisseur", CASUS + "/sluiting", CASUS + "/heropening", CASUS + "/plan/**",
                                CASUS + "/termijnen", CASUS + "/termijnen/**", CASUS + "/escalaties",
                                "/api/huishoudens/*/verhuizing", "/api/huishoudens/*/leden",
                                "/api/huishoudens/*/leden/*/vertrek", "/api/huishoudens/*/samenvoegingen")
                        .hasRole(TOEGANGSMEDEWERKER)
                        .requestMatchers(HttpMethod.POST, CASUS + "/escalatie/oppakken", CASUS + "/escalatie/besluiten",
                                CASUS + "/escalatie/teruggave")
                        .hasAnyRole(PROCESREGISSEUR, DOORBRAAKTEAM)
                        .requestMatchers(HttpMethod.POST, CASUS + "/escalatie/doorbraakteam").hasRole(PROCESREGISSEUR)
                        // maatwerkbudget (request, goedkeuring, afwijzing) too: that the approver is another member
                        // than the requester is the aggregate's four-eyes rule, on the logged-in identities
                        .requestMatchers(HttpMethod.POST, CASUS + "/escalatie/ave", CASUS + "/doorbraken",
                                CASUS + "/doorbraken/**")
                        .hasRole(DOORBRAAKTEAM)
                        // the read API: personal data for those who work on the household (checked per household)
                        .requestMatchers(HttpMethod.GET, "/api/huishoudens/*", "/api/huishoudens/*/samenvoegingen")
                        .hasAnyRole(TOEGANGSMEDEWERKER, PROCESREGISSEUR, DOORBRAAKTEAM)
                        .requestMatchers(HttpMethod.GET, "/api/huishoudens/*/dossier")
                        .hasAnyRole(TOEGANGSMEDEWERKER, AUDITOR)
                        .requestMatchers(HttpMethod.GET, "/api/casussen/*/historie")
                        .hasAnyRole(TOEGANGSMEDEWERKER, PROCESREGISSEUR, DOORBRAAKTEAM, AUDITOR)
                        .requestMatchers(HttpMethod.GET, "/api/werkvoorraad/**").hasRole(TOEGANGSMEDEWERKER)
                        .requestMatchers(HttpMethod.GET, "/api/escalaties").hasAnyRole(PROCESREGISSEUR, DOORBRAAKTEAM)
                        .requestMatchers(HttpMethod.GET, "/api/figuren", "/api/figuren.csv")
                        .hasAnyRole(MANAGER, AUDITOR)
                        .requestMatchers(HttpMethod.GET, "/api/inzage-log").hasRole(AUDITOR)
                        // the web UI: the same roles for the same work; need to know is checked as in the API
                        .requestMatchers(LOGIN_PAGE, "/css/**", "/js/**", "/webjars/**", "/favicon.ico").permitAll()
                        .requestMatchers(HttpMethod.GET, "/").authenticated()
                        .requestMatchers("/werkvoorraad", "/werkvoorraad/**", "/meldingen/**", UI_CASUS + "/triage",
                                UI_CASUS + "/plan", UI_CASUS + "/plan/**", UI_CASUS + "/termijnen/**", UI_CASUS + "/regisseur",
                                UI_CASUS + "/escalatie", UI_CASUS + "/sluiting", "/huishoudens/*/samenvoeging")
                        .hasRole(TOEGANGSMEDEWERKER)
                        .requestMatchers(HttpMethod.GET, "/huishoudens/*")
                        .hasAnyRole(TOEGANGSMEDEWERKER, PROCESREGISSEUR, DOORBRAAKTEAM)
                        .requestMatchers(UI_ESCALATIE + "/doorbraakteam").hasRole(PROCESREGISSEUR)
                        .requestMatchers(UI_ESCALATIE + "/ave", UI_ESCALATIE + "/doorbraak", UI_ESCALATIE + "/doorbraken/**")
                        .hasRole(DOORBRAAKTEAM)
                        .requestMatchers("/escalaties", UI_ESCALATIE, UI_ESCALATIE + "/oppakken", UI_ESCALATIE + "/besluit",
                                UI_ESCALATIE + "/teruggave")
                        .hasAnyRole(PROCESREGISSEUR, DOORBRAAKTEAM)
                        .requestMatchers(HttpMethod.GET, "/figuren").hasAnyRole(MANAGER, AUDITOR)
                        .requestMatchers(HttpMethod.GET, "/historie").hasRole(AUDITOR)
                        .requestMatchers(HttpMethod.GET, "/casussen/*/historie")
                        .hasAnyRole(TOEGANGSMEDEWERKER, PROCESREGISSEUR, DOORBRAAKTEAM, AUDITOR)
                        .requestMatchers("/beheer", "/beheer/**").hasRole(BEHEERDER)
                        .anyRequest()
                        .denyAll())
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
