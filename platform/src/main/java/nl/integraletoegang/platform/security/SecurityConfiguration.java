package nl.integraletoegang.platform.security;

import static org.springframework.security.config.Customizer.withDefaults;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/** Every endpoint but health and the API description needs an authenticated user; beheer only a beheerder. */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(DemoUsersProperties.class)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
                                "/swagger-ui.html", "/swagger-ui/**", "/error")
                        .permitAll()
                        .requestMatchers("/api/beheer/**")
                        .hasRole(Rol.BEHEERDER.name())
                        .anyRequest()
                        .authenticated())
                .httpBasic(withDefaults())
                .formLogin(withDefaults())
                // The API is called with credentials on every request, not with a session cookie.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
        return http.build();
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
