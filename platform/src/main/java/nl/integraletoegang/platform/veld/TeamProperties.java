package nl.integraletoegang.platform.veld;

import java.util.List;
import nl.integraletoegang.api.veld.Code;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The teams of the toegang ({@code integrale-toegang.teams}): a melding is taken in by one of them, a hulpvraag is
 * routed to one of them, and a casusregisseur works in one of them. A closed list, from configuration; the defaults
 * are the demo teams.
 */
@Validated
@ConfigurationProperties("integrale-toegang")
public record TeamProperties(List<@Code String> teams) {

    public TeamProperties {
        teams = teams == null ? List.of() : List.copyOf(teams);
    }

    public boolean isBekend(String team) {
        return team != null && teams.contains(team);
    }
}
