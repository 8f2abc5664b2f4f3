package nl.integraletoegang.ui.casus;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import nl.integraletoegang.api.huishouden.HuishoudenOverzicht;
import nl.integraletoegang.ui.UiCommands;
import nl.integraletoegang.ui.Weigering;
import nl.integraletoegang.platform.security.Toegang;
import nl.integraletoegang.ui.Inzage;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every form of a casus does the same way: load the casus the worker may see, and on submit either show the
 * form again (invalid input: 400; refused by the command side: the refusal's status, with its rule) or send the
 * command, wait until the household page shows its effect, and return there with a confirmation.
 */
@Component
class CasusFormulieren {

    private final Inzage huishoudens;
    private final UiCommands commands;

    CasusFormulieren(Inzage huishoudens, UiCommands commands) {
        this.huishoudens = huishoudens;
        this.commands = commands;
    }

    /**
     * Reads the casus (a logged read) once per request: a form that looked at it before deciding (which hulpvraag is
     * the heaviest, which termijn) and then shows itself again gets the same casus, not a second read.
     */
    HuishoudenOverzicht.OpenCasus toon(String huishoudenId, String casusId, Authentication authentication,
                                       Model model) {
        if (model.getAttribute("casus") instanceof HuishoudenOverzicht.OpenCasus gelezen
                && gelezen.casusId().equals(casusId)) {
            return gelezen;
        }
        Toegang.medewerker(authentication);
        HuishoudenOverzicht.OpenCasus casus = huishoudens.openCasus(huishoudenId, casusId);
        model.addAttribute("huishoudenId", huishoudenId);
        model.addAttribute("casus", casus);
        return casus;
    }

    /**
     * @param commando builds the command once the input is valid
     * @param reden the reason the worker gave, stored as audit metadata ({@code null} when the action has none)
     */
    String verwerk(String huishoudenId, String casusId, String formulier, BindingResult fouten,
                   Supplier<Object> commando, String reden, String bevestiging,
                   Authentication authentication, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        if (fouten.hasErrors()) {
            toon(huishoudenId, casusId, authentication, model);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return formulier;
        }
        try {
            commands.sendAndAwait(commando.get(), huishoudenId, reden);
        } catch (Weigering weigering) {
            toon(huishoudenId, casusId, authentication, model);
            model.addAttribute("weigering", weigering);
            response.setStatus(weigering.status().value());
            return formulier;
        }
        redirect.addFlashAttribute("bevestiging", bevestiging);
        return "redirect:/huishoudens/" + huishoudenId;
    }
}
