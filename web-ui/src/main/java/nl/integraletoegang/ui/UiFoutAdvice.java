package nl.integraletoegang.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import nl.integraletoegang.platform.invoer.GeenToegangException;
import nl.integraletoegang.platform.invoer.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A page that cannot be shown gets a page that says why, in Dutch, with the right status; the API's problem details
 * are for the API. A refusal that a page does not show next to its own form ends up here as well.
 */
@ControllerAdvice(basePackageClasses = UiFoutAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class UiFoutAdvice {

    private static final Logger log = LoggerFactory.getLogger(UiFoutAdvice.class);
    private static final Locale NL = Locale.forLanguageTag("nl");

    private final MessageSource teksten;
    private final Navigatie navigatie;

    UiFoutAdvice(MessageSource teksten, Navigatie navigatie) {
        this.teksten = teksten;
        this.navigatie = navigatie;
    }

    @ExceptionHandler(NotFoundException.class)
    String nietGevonden(NotFoundException exception, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        return fout(HttpStatus.NOT_FOUND, "Niet gevonden", exception.getBody().getDetail(), model, request, response);
    }

    @ExceptionHandler(GeenToegangException.class)
    String geenToegang(GeenToegangException exception, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        return fout(HttpStatus.FORBIDDEN, "Geen toegang", exception.getBody().getDetail(), model, request, response);
    }

    @ExceptionHandler(Weigering.class)
    String geweigerd(Weigering weigering, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        return fout(weigering.status(), "Niet uitgevoerd", weigering.uitleg(), model, request, response);
    }

    /**
     * Anything else a page runs into: a Spring MVC refusal keeps its status (a malformed parameter is a 400), the rest
     * is our fault, logged without its request parameters and shown without details.
     */
    @ExceptionHandler(Exception.class)
    String onverwacht(Exception exception, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        HttpStatus status = exception instanceof ErrorResponse antwoord
                ? HttpStatus.resolve(antwoord.getStatusCode().value()) : null;
        if (status == null || status.is5xxServerError()) {
            log.error("A page of the UI failed", exception);
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        return fout(status, tekst("fout.titel.", status), tekst("fout.uitleg.", status), model, request, response);
    }

    private String tekst(String soort, HttpStatus status) {
        return teksten.getMessage(soort + status.value(), null,
                teksten.getMessage(soort + "anders", null, NL), NL);
    }

    private String fout(HttpStatus status, String titel, String uitleg, Model model, HttpServletRequest request,
                        HttpServletResponse response) {
        // exception handlers do not get the @ModelAttribute methods of the advices: the menu is added here
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        model.addAttribute("medewerker", navigatie.medewerker(authentication));
        model.addAttribute("menu", navigatie.menu(authentication, request));
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        // not "titel": inside the layout that name is its title fragment parameter, which would hide this one
        model.addAttribute("foutTitel", titel);
        model.addAttribute("uitleg", uitleg);
        return "fout";
    }
}
