package nl.integraletoegang.command.web;

import static nl.integraletoegang.api.medewerker.Rol.DOORBRAAKTEAM;
import static nl.integraletoegang.api.medewerker.Rol.PROCESREGISSEUR;
import static nl.integraletoegang.api.medewerker.Rol.TOEGANGSMEDEWERKER;

import nl.integraletoegang.platform.security.Toegangsregels;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call the write API: the access workers carry the casus, the escalation levels act on escalations. Need to
 * know (which casus, which level) is the aggregate's rule.
 */
@Component
@Order(1)
class SchrijfToegangsregels implements Toegangsregels {

    private static final String CASUS = "/api/huishoudens/*/casussen/*";

    @Override
    public void toepassen(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry regels) {
        regels.requestMatchers(HttpMethod.POST, "/api/meldingen", CASUS + "/routering", CASUS + "/triage",
                        CASUS + "/regisseur", CASUS + "/sluiting", CASUS + "/heropening", CASUS + "/plan/**",
                        CASUS + "/termijnen", CASUS + "/termijnen/**", CASUS + "/escalaties",
                        "/api/huishoudens/*/verhuizing", "/api/huishoudens/*/leden",
                        "/api/huishoudens/*/leden/*/vertrek", "/api/huishoudens/*/samenvoegingen")
                .hasRole(TOEGANGSMEDEWERKER.name())
                .requestMatchers(HttpMethod.POST, CASUS + "/escalatie/oppakken", CASUS + "/escalatie/besluiten",
                        CASUS + "/escalatie/teruggave")
                .hasAnyRole(PROCESREGISSEUR.name(), DOORBRAAKTEAM.name())
                .requestMatchers(HttpMethod.POST, CASUS + "/escalatie/doorbraakteam").hasRole(PROCESREGISSEUR.name())
                // maatwerkbudget (request, goedkeuring, afwijzing) too: that the approver is another member than the
                // requester is the aggregate's four-eyes rule, on the logged-in identities
                .requestMatchers(HttpMethod.POST, CASUS + "/escalatie/ave", CASUS + "/doorbraken",
                        CASUS + "/doorbraken/**")
                .hasRole(DOORBRAAKTEAM.name());
    }
}
