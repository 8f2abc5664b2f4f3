package nl.integraletoegang.query.ui.huishouden;

import nl.integraletoegang.query.huishouden.HuishoudenInzage;
import nl.integraletoegang.query.samenvoeging.SamenvoegingInzage;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The household page: 1 huishouden, 1 plan, 1 regisseur on one screen, with the actions the worker's role can take.
 * Need to know and the access log work as in the read API ({@link HuishoudenInzage}).
 */
@Controller
class HuishoudenPagina {

    private final HuishoudenInzage inzage;
    private final SamenvoegingInzage samenvoegingen;

    HuishoudenPagina(HuishoudenInzage inzage, SamenvoegingInzage samenvoegingen) {
        this.inzage = inzage;
        this.samenvoegingen = samenvoegingen;
    }

    @GetMapping("/huishoudens/{huishoudenId}")
    String pagina(@PathVariable String huishoudenId, Authentication authentication, Model model) {
        model.addAttribute("huishouden", inzage.inzien(huishoudenId, authentication));
        model.addAttribute("samenvoegingen", samenvoegingen.inzien(huishoudenId, authentication));
        return "huishouden/pagina";
    }
}
