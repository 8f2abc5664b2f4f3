package nl.integraletoegang.ui.escalatie;

import nl.integraletoegang.api.escalatie.FindOpenEscalaties;
import nl.integraletoegang.api.escalatie.OpenEscalatiesPagina;
import nl.integraletoegang.api.werkvoorraad.Volgorde;
import nl.integraletoegang.platform.security.Medewerker;
import nl.integraletoegang.platform.security.Toegang;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The escalations waiting for the logged-in level, oldest first: a procesregisseur sees those at the procesregisseur's
 * level, the doorbraakteam those at its own level and the AVE levels above it.
 */
@Controller
class EscalatieWachtrijPagina {

    private static final int REGELS = 50;

    private final QueryGateway queryGateway;
    EscalatieWachtrijPagina(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/escalaties")
    String wachtrij(Authentication authentication, Model model) {
        Medewerker medewerker = Toegang.escalatieNiveau(authentication);
        OpenEscalatiesPagina escalaties = queryGateway.query(new FindOpenEscalaties(
                        Toegang.zichtbareNiveaus(medewerker), null, 0, REGELS, Volgorde.OUDSTE_EERST),
                OpenEscalatiesPagina.class).join();
        // the query handler logs each row shown: its explanation and label are personal data
        model.addAttribute("escalaties", escalaties);
        return "escalatie/wachtrij";
    }
}
