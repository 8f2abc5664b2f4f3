package nl.integraletoegang.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import nl.integraletoegang.platform.security.Medewerker;
import nl.integraletoegang.api.medewerker.Rol;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The logged-in worker and the menu of their role, on every page of the UI. */
@ControllerAdvice(basePackageClasses = Navigatie.class)
class Navigatie {

    public record Item(String href, String tekst, boolean huidig) {
    }

    @ModelAttribute("medewerker")
    Medewerker medewerker(Authentication authentication) {
        return Medewerker.from(authentication).orElse(null);
    }

    @ModelAttribute("menu")
    List<Item> menu(Authentication authentication, HttpServletRequest request) {
        String pad = request.getRequestURI();
        return Medewerker.from(authentication).map(Medewerker::rol).map(rol -> items(rol).stream()
                        .map(item -> new Item(item.href(), item.tekst(), pad.equals(item.href())
                                || pad.startsWith(item.href() + "/")))
                        .toList())
                .orElse(List.of());
    }

    private static List<Item> items(Rol rol) {
        return switch (rol) {
            case TOEGANGSMEDEWERKER -> List.of(new Item("/werkvoorraad", "Werkvoorraad", false),
                    new Item("/meldingen/nieuw", "Melding registreren", false));
            case PROCESREGISSEUR, DOORBRAAKTEAM -> List.of(new Item("/escalaties", "Escalaties", false));
            case MANAGER -> List.of(new Item("/figuren", "Stuurinformatie", false));
            case AUDITOR -> List.of(new Item("/historie", "Casushistorie", false),
                    new Item("/figuren", "Stuurinformatie", false));
            case BEHEERDER -> List.of(new Item("/beheer", "Beheer", false));
        };
    }
}
