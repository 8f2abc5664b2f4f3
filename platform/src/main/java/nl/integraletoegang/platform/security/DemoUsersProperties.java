package nl.integraletoegang.platform.security;

import java.util.List;
import nl.integraletoegang.api.medewerker.Rol;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Local users for standalone and demo use, one per role. Production authenticates with OIDC bearer tokens
 * instead and sets {@code demo-users-enabled=false}: then there are no local users and no basic or form login at
 * all, whatever the shipped defaults list.
 */
@ConfigurationProperties("integrale-toegang.security")
public record DemoUsersProperties(List<DemoUser> demoUsers, Boolean demoUsersEnabled) {

    public DemoUsersProperties {
        boolean enabled = demoUsersEnabled == null || demoUsersEnabled;
        demoUsers = demoUsers == null || !enabled ? List.of() : List.copyOf(demoUsers);
        demoUsersEnabled = enabled;
    }

    public record DemoUser(String username, String password, Rol rol, String team) {
    }
}
