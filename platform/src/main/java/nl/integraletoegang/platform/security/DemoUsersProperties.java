package nl.integraletoegang.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Local users for standalone and demo use, one per role. Production authenticates with OIDC bearer tokens
 * instead; these exist so a new user can try the system without an identity provider.
 */
@ConfigurationProperties("integrale-toegang.security")
public record DemoUsersProperties(List<DemoUser> demoUsers) {

    public DemoUsersProperties {
        demoUsers = demoUsers == null ? List.of() : List.copyOf(demoUsers);
    }

    public record DemoUser(String username, String password, Rol rol, String team) {
    }
}
