package nl.integraletoegang.ui;

import static nl.integraletoegang.api.medewerker.Rol.AUDITOR;
import static nl.integraletoegang.api.medewerker.Rol.BEHEERDER;
import static nl.integraletoegang.api.medewerker.Rol.DOORBRAAKTEAM;
import static nl.integraletoegang.api.medewerker.Rol.MANAGER;
import static nl.integraletoegang.api.medewerker.Rol.PROCESREGISSEUR;
import static nl.integraletoegang.api.medewerker.Rol.TOEGANGSMEDEWERKER;

import nl.integraletoegang.platform.security.Toegangsregels;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Who may open which page of the web UI: the same roles for the same work as in the API. */
@Component
@Order(3)
class UiToegangsregels implements Toegangsregels {

    private static final String UI_CASUS = "/huishoudens/*/casussen/*";
    private static final String UI_ESCALATIE = "/escalaties/*/*";

    @Override
    public void toepassen(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry regels) {
        regels.requestMatchers(HttpMethod.GET, "/").authenticated()
                .requestMatchers("/werkvoorraad", "/werkvoorraad/**", "/meldingen/**", UI_CASUS + "/triage",
                        UI_CASUS + "/plan", UI_CASUS + "/plan/**", UI_CASUS + "/termijnen/**", UI_CASUS + "/regisseur",
                        UI_CASUS + "/escalatie", UI_CASUS + "/sluiting", "/huishoudens/*/samenvoeging")
                .hasRole(TOEGANGSMEDEWERKER.name())
                .requestMatchers("/huishoudens/zoeken").hasRole(TOEGANGSMEDEWERKER.name())
                .requestMatchers(HttpMethod.GET, "/huishoudens/*")
                .hasAnyRole(TOEGANGSMEDEWERKER.name(), PROCESREGISSEUR.name(), DOORBRAAKTEAM.name())
                .requestMatchers(UI_ESCALATIE + "/doorbraakteam").hasRole(PROCESREGISSEUR.name())
                .requestMatchers(UI_ESCALATIE + "/ave", UI_ESCALATIE + "/doorbraak", UI_ESCALATIE + "/doorbraken/**")
                .hasRole(DOORBRAAKTEAM.name())
                .requestMatchers("/escalaties", UI_ESCALATIE, UI_ESCALATIE + "/oppakken", UI_ESCALATIE + "/besluit",
                        UI_ESCALATIE + "/teruggave")
                .hasAnyRole(PROCESREGISSEUR.name(), DOORBRAAKTEAM.name())
                .requestMatchers(HttpMethod.GET, "/figuren").hasAnyRole(MANAGER.name(), AUDITOR.name())
                .requestMatchers(HttpMethod.GET, "/historie").hasRole(AUDITOR.name())
                .requestMatchers(HttpMethod.GET, "/casussen/*/historie")
                .hasAnyRole(TOEGANGSMEDEWERKER.name(), PROCESREGISSEUR.name(), DOORBRAAKTEAM.name(), AUDITOR.name())
                .requestMatchers("/beheer", "/beheer/**").hasRole(BEHEERDER.name());
    }
}
