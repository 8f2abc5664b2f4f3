package nl.integraletoegang.ui.werkvoorraad;

import nl.integraletoegang.api.werkvoorraad.AflopendeTermijnenPagina;
import nl.integraletoegang.api.werkvoorraad.CasussenPagina;
import nl.integraletoegang.api.werkvoorraad.FindAflopendeTermijnen;
import nl.integraletoegang.api.werkvoorraad.FindCasussenVanMedewerker;
import nl.integraletoegang.api.werkvoorraad.FindTeTriageren;
import nl.integraletoegang.api.werkvoorraad.TeTriagerenPagina;
import nl.integraletoegang.api.werkvoorraad.Volgorde;
import nl.integraletoegang.platform.security.Medewerker;
import nl.integraletoegang.platform.security.Toegang;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The toegangsmedewerker's day: the team's meldingen waiting for triage (oldest first), their own casussen and the
 * team's termijnen running out. The page follows the team's live work-list stream and reloads the lists when
 * something on them changes.
 */
@Controller
class WerkvoorraadPagina {

    /** Termijnen whose last day is within this many days are shown. */
    static final int BINNEN_DAGEN = 10;
    private static final int REGELS = 50;

    private final QueryGateway queryGateway;

    WerkvoorraadPagina(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/werkvoorraad")
    String pagina(Authentication authentication, Model model) {
        vulLijsten(Toegang.metTeam(authentication), model);
        return "werkvoorraad/pagina";
    }

    /** Only the lists, for the page to swap in when the stream reports a change. */
    @GetMapping("/werkvoorraad/lijsten")
    String lijsten(Authentication authentication, Model model) {
        vulLijsten(Toegang.metTeam(authentication), model);
        return "werkvoorraad/pagina :: lijsten";
    }

    private void vulLijsten(Medewerker medewerker, Model model) {
        model.addAttribute("team", medewerker.team());
        model.addAttribute("binnenDagen", BINNEN_DAGEN);
        model.addAttribute("teTriageren", queryGateway.query(
                new FindTeTriageren(medewerker.team(), 0, REGELS, Volgorde.OUDSTE_EERST), TeTriagerenPagina.class).join());
        model.addAttribute("mijnCasussen", queryGateway.query(new FindCasussenVanMedewerker(
                medewerker.gebruikersnaam(), null, 0, REGELS, Volgorde.OUDSTE_EERST), CasussenPagina.class).join());
        model.addAttribute("termijnen", queryGateway.query(
                new FindAflopendeTermijnen(medewerker.team(), BINNEN_DAGEN, 0, REGELS),
                AflopendeTermijnenPagina.class).join());
    }
}
