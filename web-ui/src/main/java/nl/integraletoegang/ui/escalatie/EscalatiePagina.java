package nl.integraletoegang.ui.escalatie;

import static nl.integraletoegang.ui.escalatie.EscalatieDetail.terug;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.integraletoegang.api.audit.Identiteit;
import nl.integraletoegang.api.escalatie.EscalateToDoorbraakteam;
import nl.integraletoegang.api.escalatie.HandBackCasus;
import nl.integraletoegang.api.escalatie.RecordEscalatieBesluit;
import nl.integraletoegang.api.escalatie.TakeUpEscalatie;
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

    EscalatiePagina(EscalatieDetail detail) {
        this.detail = detail;
    }

    @GetMapping(PAD)
    String pagina(@PathVariable String huishoudenId, @PathVariable String casusId, Authentication authentication,
                  Model model) {
        return detail.toon(huishoudenId, casusId, authentication, model);
    }

    @PostMapping(PAD + "/oppakken")
    String oppakken(@PathVariable String huishoudenId, @PathVariable String casusId, Authentication authentication,
                    Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return detail.verwerk(huishoudenId, casusId, null,
                () -> new TakeUpEscalatie(huishoudenId, casusId,
                        Identiteit.normaliseer(authentication.getName()), null),
                "Je hebt de escalatie opgepakt.", terug(huishoudenId, casusId), authentication, model, response,
                redirect);
    }

    @PostMapping(PAD + "/besluit")
    String besluit(@PathVariable String huishoudenId, @PathVariable String casusId,
                   @Valid @ModelAttribute(EscalatieDetail.BESLUIT) BesluitFormulier formulier, BindingResult fouten,
                   Authentication authentication, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        return detail.verwerk(huishoudenId, casusId, fouten,
                () -> new RecordEscalatieBesluit(huishoudenId, casusId, formulier.getBesluit().strip(), null),
                "Het besluit is vastgelegd.", terug(huishoudenId, casusId), authentication, model, response, redirect);
    }

    /** Handing back ends the escalation: the worker no longer sees the casus and returns to the queue. */
    @PostMapping(PAD + "/teruggave")
    String teruggave(@PathVariable String huishoudenId, @PathVariable String casusId,
                     @Valid @ModelAttribute(EscalatieDetail.TERUGGAVE) TeruggaveFormulier formulier,
                     BindingResult fouten, Authentication authentication, Model model, HttpServletResponse response,
                     RedirectAttributes redirect) {
        return detail.verwerk(huishoudenId, casusId, fouten,
                () -> new HandBackCasus(huishoudenId, casusId, formulier.getAfgesprokenPlan().strip(), null),
                "De casus van huishouden " + huishoudenId + " is met het afgesproken plan teruggegeven aan de "
                        + "casusregisseur.", "redirect:/escalaties", authentication, model, response, redirect);
    }

    /** Passed on, the escalation leaves the procesregisseur's level: back to the queue. */
    @PostMapping(PAD + "/doorbraakteam")
    String naarDoorbraakteam(@PathVariable String huishoudenId, @PathVariable String casusId,
                             @Valid @ModelAttribute(EscalatieDetail.DOORBRAAKTEAM) EscalatieFormulier formulier,
                             BindingResult fouten, Authentication authentication, Model model,
                             HttpServletResponse response, RedirectAttributes redirect) {
        return detail.verwerk(huishoudenId, casusId, fouten,
                () -> new EscalateToDoorbraakteam(huishoudenId, casusId, formulier.getReden(),
                        formulier.getToelichting().strip(), null),
                "De casus van huishouden " + huishoudenId + " is geëscaleerd naar het doorbraakteam.",
                "redirect:/escalaties", authentication, model, response, redirect);
    }
}
