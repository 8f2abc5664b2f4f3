package nl.integraletoegang.query.ui;

import nl.integraletoegang.platform.security.Medewerker;
import nl.integraletoegang.query.Toegang;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page, and after it the page each role starts its day on. */
@Controller
class StartController {

    @GetMapping("/inloggen")
    String inloggen() {
        return "inloggen";
    }

    @GetMapping("/")
    String start(Authentication authentication) {
        Medewerker medewerker = Toegang.medewerker(authentication);
        return "redirect:" + switch (medewerker.rol()) {
            case TOEGANGSMEDEWERKER -> "/werkvoorraad";
            case PROCESREGISSEUR, DOORBRAAKTEAM -> "/escalaties";
            case MANAGER -> "/figuren";
            case AUDITOR -> "/historie";
            case BEHEERDER -> "/beheer";
        };
    }
}
