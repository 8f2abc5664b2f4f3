package nl.integraletoegang.ui.escalatie;

import static nl.integraletoegang.ui.escalatie.EscalatieDetail.terug;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import nl.integraletoegang.api.escalatie.ApproveMaatwerkbudget;
import nl.integraletoegang.api.escalatie.DecideDoorbraak;
import nl.integraletoegang.api.escalatie.EscalateUnderAve;
import nl.integraletoegang.api.escalatie.RefuseMaatwerkbudget;
import nl.integraletoegang.api.escalatie.RequestMaatwerkbudget;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The doorbraakteam's own actions on an escalation: deciding on a doorbraak, requesting maatwerkbudget for an approved
 * one and approving or refusing another member's request (four eyes: whoever is logged in acts, and the command side
 * refuses an approval by the requester, also when the page's button was forged), and escalating further along the
 * Aanpak Voorkomen Escalatie.
 */
@Controller
class DoorbraakPagina {

    private static final String PAD = "/escalaties/{huishoudenId}/{casusId}";

    private final EscalatieDetail detail;

    DoorbraakPagina(EscalatieDetail detail) {
        this.detail = detail;
    }

    /**
     * A doorbraak with a "no" among its answers is rejected by the command side: a decision like an approval, so the
     * page reports it (with the answers that were "no") instead of treating it as an error.
     */
    @PostMapping(PAD + "/doorbraak")
    String doorbraak(@PathVariable String huishoudenId, @PathVariable String casusId,
                     @Valid @ModelAttribute(EscalatieDetail.DOORBRAAK) DoorbraakFormulier formulier,
                     BindingResult fouten, Authentication authentication, Model model, HttpServletResponse response,
                     RedirectAttributes redirect) {
        formulier.controleer(fouten);
        String doorbraakId = UUID.randomUUID().toString();
        // shown only after the redirect, so only when the decision was recorded
        redirect.addFlashAttribute(EscalatieDetail.DOORBRAAK_UITSLAG,
                new EscalatieDetail.DoorbraakUitslag(doorbraakId, formulier.neeAntwoorden()));
        return detail.verwerk(huishoudenId, casusId, fouten,
                () -> new DecideDoorbraak(huishoudenId, casusId, doorbraakId, formulier.getLegitimiteit().toPijler(),
                        formulier.getBetrokkenheid().toPijler(), formulier.getRendement().toPijler(),
                        formulier.getOplossing().strip(), null),
                null, terug(huishoudenId, casusId), authentication, model, response, redirect);
    }

    @PostMapping(PAD + "/doorbraken/{doorbraakId}/maatwerkbudget")
    String maatwerkbudget(@PathVariable String huishoudenId, @PathVariable String casusId,
                          @PathVariable String doorbraakId,
                          @Valid @ModelAttribute(EscalatieDetail.BUDGET) BudgetFormulier formulier,
                          BindingResult fouten, Authentication authentication, Model model,
                          HttpServletResponse response, RedirectAttributes redirect) {
        formulier.controleer(fouten);
        return detail.verwerk(huishoudenId, casusId, fouten,
                () -> new RequestMaatwerkbudget(huishoudenId, casusId, doorbraakId, formulier.bedragInEuro(),
                        formulier.getBestemming() == null || formulier.getBestemming().isBlank() ? null
                                : formulier.getBestemming().strip(), null),
                "Het maatwerkbudget is aangevraagd. Een ander lid van het doorbraakteam keurt het goed of wijst het "
                        + "af.", terug(huishoudenId, casusId), authentication, model, response, redirect);
    }

    @PostMapping(PAD + "/doorbraken/{doorbraakId}/maatwerkbudget/goedkeuring")
    String goedkeuring(@PathVariable String huishoudenId, @PathVariable String casusId,
                       @PathVariable String doorbraakId, Authentication authentication, Model model,
                       HttpServletResponse response, RedirectAttributes redirect) {
        return detail.verwerk(huishoudenId, casusId, null,
                () -> new ApproveMaatwerkbudget(huishoudenId, casusId, doorbraakId, null),
                "Het maatwerkbudget is goedgekeurd en toegekend.", terug(huishoudenId, casusId), authentication,
                model, response, redirect);
    }

    @PostMapping(PAD + "/doorbraken/{doorbraakId}/maatwerkbudget/afwijzing")
    String afwijzing(@PathVariable String huishoudenId, @PathVariable String casusId,
                     @PathVariable String doorbraakId,
                     @Valid @ModelAttribute(EscalatieDetail.BUDGET_AFWIJZING) BudgetAfwijzingFormulier formulier,
                     BindingResult fouten, Authentication authentication, Model model,
                     HttpServletResponse response, RedirectAttributes redirect) {
        String reden = formulier.getReden() == null ? null : formulier.getReden().strip();
        return detail.verwerk(huishoudenId, casusId, fouten,
                () -> new RefuseMaatwerkbudget(huishoudenId, casusId, doorbraakId, reden, null), reden,
                "Het maatwerkbudget is afgewezen.", terug(huishoudenId, casusId), authentication, model, response,
                redirect);
    }

    /** Escalated further, the casus may leave the worker's sight: back to the queue. */
    @PostMapping(PAD + "/ave")
    String ave(@PathVariable String huishoudenId, @PathVariable String casusId,
               @Valid @ModelAttribute(EscalatieDetail.AVE) EscalatieFormulier formulier, BindingResult fouten,
               Authentication authentication, Model model, HttpServletResponse response,
               RedirectAttributes redirect) {
        if (formulier.getNiveau() == null || !formulier.getNiveau().isAve()) {
            fouten.rejectValue("niveau", "verplicht", "Kies het niveau waarnaar je verder escaleert.");
        }
        return detail.verwerk(huishoudenId, casusId, fouten,
                () -> new EscalateUnderAve(huishoudenId, casusId, formulier.getNiveau(), formulier.getReden(),
                        formulier.getToelichting().strip(), null),
                "De casus van huishouden " + huishoudenId + " is verder geëscaleerd volgens de Aanpak Voorkomen "
                        + "Escalatie.", "redirect:/escalaties", authentication, model, response, redirect);
    }
}
