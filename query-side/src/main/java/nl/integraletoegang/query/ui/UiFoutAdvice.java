package nl.integraletoegang.query.ui;

import jakarta.servlet.http.HttpServletResponse;
import nl.integraletoegang.query.GeenToegangException;
import nl.integraletoegang.query.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A page that cannot be shown gets a page that says why, in Dutch, with the right status; the API's problem details
 * are for the API. A refusal that a page does not show next to its own form ends up here as well.
 */
@ControllerAdvice(basePackageClasses = UiFoutAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class UiFoutAdvice {

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
