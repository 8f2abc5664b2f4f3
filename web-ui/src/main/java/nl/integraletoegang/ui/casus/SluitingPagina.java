package nl.integraletoegang.ui.casus;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import nl.integraletoegang.api.casus.CloseCasus;
import nl.integraletoegang.api.casus.Uitkomst;
import nl.integraletoegang.api.huishouden.HuishoudenOverzicht;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Closing the casus: "we only let go when everything is arranged". The form asks an outcome for every hulpvraag;
 * the command side refuses while plan actions are open or an escalation runs, and the page says so.
 */
@Controller
@RequestMapping("/huishoudens/{huishoudenId}/casussen/{casusId}/sluiting")
class SluitingPagina {

    private static final String FORMULIER = "casus/sluiting";

    private final CasusFormulieren formulieren;

    SluitingPagina(CasusFormulieren formulieren) {
        this.formulieren = formulieren;
    }

    /** The outcome per hulpvraag id. */
    public static class Sluiting {
        private Map<String, Uitkomst> uitkomsten = new HashMap<>();

        public Map<String, Uitkomst> getUitkomsten() {
            return uitkomsten;
        }

        public void setUitkomsten(Map<String, Uitkomst> uitkomsten) {
            this.uitkomsten = uitkomsten;
        }
    }

    @ModelAttribute("alleUitkomsten")
    Uitkomst[] uitkomsten() {
        return Uitkomst.values();
    }

    @GetMapping
    String formulier(@PathVariable String huishoudenId, @PathVariable String casusId, Authentication authentication,
                     Model model) {
        formulieren.toon(huishoudenId, casusId, authentication, model);
        model.addAttribute("sluiting", new Sluiting());
        return FORMULIER;
    }

    @PostMapping
    String sluit(@PathVariable String huishoudenId, @PathVariable String casusId,
                 @ModelAttribute("sluiting") Sluiting sluiting, BindingResult fouten, Authentication authentication,
                 Model model, HttpServletResponse response, RedirectAttributes redirect) {
        HuishoudenOverzicht.OpenCasus casus = formulieren.toon(huishoudenId, casusId, authentication, model);
        for (int i = 0; i < casus.hulpvragen().size(); i++) {
            String hulpvraagId = casus.hulpvragen().get(i).hulpvraagId();
            if (sluiting.getUitkomsten().get(hulpvraagId) == null) {
                fouten.rejectValue("uitkomsten[" + hulpvraagId + "]", "verplicht",
                        "Kies de uitkomst van hulpvraag " + (i + 1) + ".");
            }
        }
        return formulieren.verwerk(huishoudenId, casusId, FORMULIER, fouten,
                () -> new CloseCasus(huishoudenId, casusId, sluiting.getUitkomsten(), null),
                null, "De casus is gesloten.", authentication, model, response, redirect);
    }
}
