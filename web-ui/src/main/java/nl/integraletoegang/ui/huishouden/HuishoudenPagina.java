package nl.integraletoegang.ui.huishouden;

import nl.integraletoegang.platform.security.Toegang;
import nl.integraletoegang.ui.Inzage;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The household page: 1 huishouden, 1 plan, 1 regisseur on one screen, with the actions the worker's role can take.
 * Need to know and the access log work as in the read API: the query side's handlers decide ({@link Inzage}).
 */
@Controller
class HuishoudenPagina {

    private final Inzage inzage;

    HuishoudenPagina(Inzage inzage) {
        this.inzage = inzage;
    }

    @GetMapping("/huishoudens/{huishoudenId}")
    String pagina(@PathVariable String huishoudenId, Authentication authentication, Model model) {
        Toegang.medewerker(authentication);
        model.addAttribute("huishouden", inzage.overzicht(huishoudenId));
        model.addAttribute("samenvoegingen", inzage.samenvoegingen(huishoudenId));
        return "huishouden/pagina";
    }
}
