package nl.integraletoegang.ui;

import java.util.ArrayList;
import java.util.List;
import nl.integraletoegang.platform.security.DemoUsersProperties;
import nl.integraletoegang.platform.security.Medewerker;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.ui.Model;
import nl.integraletoegang.platform.security.Toegang;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page, and after it the page each role starts its day on. */
@Controller
class StartController {

    private final boolean formulier;
    private final List<ClientRegistration> identityProviders = new ArrayList<>();

    StartController(DemoUsersProperties demoUsers, ObjectProvider<ClientRegistrationRepository> identityProviders) {
        this.formulier = !demoUsers.demoUsers().isEmpty();
        if (identityProviders.getIfAvailable() instanceof Iterable<?> registraties) {
            registraties.forEach(registratie -> this.identityProviders.add((ClientRegistration) registratie));
        }
    }

    /** The identity provider(s) of the municipality, and the form of the local demo users where they exist. */
    @GetMapping("/inloggen")
    String inloggen(Model model) {
        model.addAttribute("formulier", formulier);
        model.addAttribute("identityProviders", identityProviders);
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
