package nl.integraletoegang.query;

import static nl.integraletoegang.api.medewerker.Rol.AUDITOR;
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

/**
 * Who may call the read API: personal data for those who work on the household (need to know is then checked per
 * household where the data is read), figures for management, the access log for auditors.
 */
@Component
@Order(2)
class LeesToegangsregels implements Toegangsregels {

    @Override
    public void toepassen(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry regels) {
        // find before you register: any access worker searches every household (answers hold only a label)
        regels.requestMatchers(HttpMethod.GET, "/api/huishoudens/zoeken").hasRole(TOEGANGSMEDEWERKER.name())
                .requestMatchers(HttpMethod.POST, "/api/huishoudens/overeenkomsten").hasRole(TOEGANGSMEDEWERKER.name())
                .requestMatchers(HttpMethod.GET, "/api/huishoudens/*", "/api/huishoudens/*/samenvoegingen")
                .hasAnyRole(TOEGANGSMEDEWERKER.name(), PROCESREGISSEUR.name(), DOORBRAAKTEAM.name())
                .requestMatchers(HttpMethod.GET, "/api/huishoudens/*/dossier")
                .hasAnyRole(TOEGANGSMEDEWERKER.name(), AUDITOR.name())
                .requestMatchers(HttpMethod.GET, "/api/casussen/*/historie")
                .hasAnyRole(TOEGANGSMEDEWERKER.name(), PROCESREGISSEUR.name(), DOORBRAAKTEAM.name(), AUDITOR.name())
                .requestMatchers(HttpMethod.GET, "/api/werkvoorraad/**").hasRole(TOEGANGSMEDEWERKER.name())
                .requestMatchers(HttpMethod.GET, "/api/escalaties").hasAnyRole(PROCESREGISSEUR.name(), DOORBRAAKTEAM.name())
                .requestMatchers(HttpMethod.GET, "/api/figuren", "/api/figuren.csv")
                .hasAnyRole(MANAGER.name(), AUDITOR.name())
                .requestMatchers(HttpMethod.GET, "/api/inzage-log").hasRole(AUDITOR.name())
                // the population register prefills a melding: for those who register meldingen
                .requestMatchers(HttpMethod.GET, "/api/brp/**").hasRole(TOEGANGSMEDEWERKER.name());
    }
}
