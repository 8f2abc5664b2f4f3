package nl.integraletoegang.query.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import nl.integraletoegang.query.GeenToegangException;
import nl.integraletoegang.query.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
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

    UiFoutAdvice(MessageSource teksten) {
        this.teksten = teksten;
    }

    @ExceptionHandler(NotFoundException.class)
    String nietGevonden(NotFoundException exception, Model model, HttpServletResponse response) {
        return fout(HttpStatus.NOT_FOUND, "Niet gevonden", exception.getBody().getDetail(), model, response);
    }

    @ExceptionHandler(GeenToegangException.class)
    String geenToegang(GeenToegangException exception, Model model, HttpServletResponse response) {
        return fout(HttpStatus.FORBIDDEN, "Geen toegang", exception.getBody().getDetail(), model, response);
    }

    @ExceptionHandler(Weigering.class)
    String geweigerd(Weigering weigering, Model model, HttpServletResponse response) {
        return fout(weigering.status(), "Niet uitgevoerd", weigering.uitleg(), model, response);
    }

    /**
     * Anything else a page runs into: a Spring MVC refusal keeps its status (a malformed parameter is a 400), the rest
     * is our fault, logged without its request parameters and shown without details.
     */
    @ExceptionHandler(Exception.class)
    String onverwacht(Exception exception, Model model, HttpServletResponse response) {
        HttpStatus status = exception instanceof ErrorResponse antwoord
                ? HttpStatus.resolve(antwoord.getStatusCode().value()) : null;
        if (status == null || status.is5xxServerError()) {
            log.error("A page of the UI failed", exception);
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        return fout(status, tekst("fout.titel.", status), tekst("fout.uitleg.", status), model, response);
    }

    private String tekst(String soort, HttpStatus status) {
        return teksten.getMessage(soort + status.value(), null,
                teksten.getMessage(soort + "anders", null, NL), NL);
    }

    private static String fout(HttpStatus status, String titel, String uitleg, Model model,
                               HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        // not "titel": inside the layout that name is its title fragment parameter, which would hide this one
        model.addAttribute("foutTitel", titel);
        model.addAttribute("uitleg", uitleg);
        return "fout";
    }
}
