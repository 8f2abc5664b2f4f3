package nl.integraletoegang.query.ui.escalatie;

import static nl.integraletoegang.query.ui.escalatie.EscalatieDetail.terug;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.integraletoegang.api.escalatie.EscalateToDoorbraakteam;
import nl.integraletoegang.api.escalatie.HandBackCasus;
import nl.integraletoegang.api.escalatie.RecordEscalatieBesluit;
import nl.integraletoegang.api.escalatie.TakeUpEscalatie;
import nl.integraletoegang.query.ui.UiCommands;
import nl.integraletoegang.query.ui.Weigering;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An escalation as the procesregisseur or the doorbraakteam works on it: taking it up, recording decisions, handing
 * the casus back with the agreed plan, and (the procesregisseur) passing it on to the doorbraakteam. The doorbraakteam's
 * own actions are in {@link DoorbraakPagina}.
 */
@Controller
class EscalatiePagina {

    private static final String PAD = "/escalaties/{huishoudenId}/{casusId}";

    private final EscalatieDetail detail;
    private final UiCommands commands;

    EscalatiePagina(EscalatieDetail detail, UiCommands commands) {
        this.detail = detail;
        this.commands = commands;
    }

    @GetMapping(PAD)
    String pagina(@PathVariable String huishoudenId, @PathVariable String casusId, Authentication authentication,
                  Model model) {
        return detail.toon(huishoudenId, casusId, authentication, model);
    }

    @PostMapping(PAD + "/oppakken")
    String oppakken(@PathVariable String huishoudenId, @PathVariable String casusId, Authentication authentication,
                    Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            commands.sendAndAwait(new TakeUpEscalatie(huishoudenId, casusId, authentication.getName(), null),
                    huishoudenId, null);
        } catch (Weigering weigering) {
            return detail.geweigerd(weigering, huishoudenId, casusId, authentication, model, response);
        }
        redirect.addFlashAttribute("bevestiging", "Je hebt de escalatie opgepakt.");
        return terug(huishoudenId, casusId);
    }

    @PostMapping(PAD + "/besluit")
    String besluit(@PathVariable String huishoudenId, @PathVariable String casusId,
                   @Valid @ModelAttribute(EscalatieDetail.BESLUIT) BesluitFormulier formulier, BindingResult fouten,
                   Authentication authentication, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        if (fouten.hasErrors()) {
            return detail.metFouten(huishoudenId, casusId, authentication, model, response);
        }
        try {
            commands.sendAndAwait(new RecordEscalatieBesluit(huishoudenId, casusId, formulier.getBesluit().strip(),
                    null), huishoudenId, null);
        } catch (Weigering weigering) {
            return detail.geweigerd(weigering, huishoudenId, casusId, authentication, model, response);
        }
        redirect.addFlashAttribute("bevestiging", "Het besluit is vastgelegd.");
        return terug(huishoudenId, casusId);
    }

    /** Handing back ends the escalation: the worker no longer sees the casus and returns to the queue. */
    @PostMapping(PAD + "/teruggave")
    String teruggave(@PathVariable String huishoudenId, @PathVariable String casusId,
                     @Valid @ModelAttribute(EscalatieDetail.TERUGGAVE) TeruggaveFormulier formulier,
                     BindingResult fouten, Authentication authentication, Model model, HttpServletResponse response,
                     RedirectAttributes redirect) {
        if (fouten.hasErrors()) {
            return detail.metFouten(huishoudenId, casusId, authentication, model, response);
        }
        try {
            commands.sendAndAwait(new HandBackCasus(huishoudenId, casusId, formulier.getAfgesprokenPlan().strip(),
                    null), huishoudenId, null);
        } catch (Weigering weigering) {
            return detail.geweigerd(weigering, huishoudenId, casusId, authentication, model, response);
        }
        redirect.addFlashAttribute("bevestiging", "De casus van huishouden " + huishoudenId
                + " is met het afgesproken plan teruggegeven aan de casusregisseur.");
        return "redirect:/escalaties";
    }

    /** Passed on, the escalation leaves the procesregisseur's level: back to the queue. */
    @PostMapping(PAD + "/doorbraakteam")
    String naarDoorbraakteam(@PathVariable String huishoudenId, @PathVariable String casusId,
                             @Valid @ModelAttribute(EscalatieDetail.DOORBRAAKTEAM) EscalatieFormulier formulier,
                             BindingResult fouten, Authentication authentication, Model model,
                             HttpServletResponse response, RedirectAttributes redirect) {
        if (fouten.hasErrors()) {
            return detail.metFouten(huishoudenId, casusId, authentication, model, response);
        }
        try {
            commands.sendAndAwait(new EscalateToDoorbraakteam(huishoudenId, casusId, formulier.getReden(),
                    formulier.getToelichting().strip(), null), huishoudenId, null);
        } catch (Weigering weigering) {
            return detail.geweigerd(weigering, huishoudenId, casusId, authentication, model, response);
        }
        redirect.addFlashAttribute("bevestiging", "De casus van huishouden " + huishoudenId
                + " is geëscaleerd naar het doorbraakteam.");
        return "redirect:/escalaties";
    }
}
