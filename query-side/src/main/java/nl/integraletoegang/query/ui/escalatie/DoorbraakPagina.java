package nl.integraletoegang.query.ui.escalatie;

import static nl.integraletoegang.query.ui.escalatie.EscalatieDetail.terug;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import nl.integraletoegang.api.escalatie.DecideDoorbraak;
import nl.integraletoegang.api.escalatie.EscalateUnderAve;
import nl.integraletoegang.api.escalatie.GrantMaatwerkbudget;
import nl.integraletoegang.query.ui.UiCommands;
import nl.integraletoegang.query.ui.Weigering;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The doorbraakteam's own actions on an escalation: deciding on a doorbraak, granting maatwerkbudget for an approved
 * one (four eyes: the approver is someone else than the logged-in requester), and escalating further along the
 * Aanpak Voorkomen Escalatie.
 */
@Controller
class DoorbraakPagina {

    private static final String PAD = "/escalaties/{huishoudenId}/{casusId}";

    private final EscalatieDetail detail;
    private final UiCommands commands;

    DoorbraakPagina(EscalatieDetail detail, UiCommands commands) {
        this.detail = detail;
        this.commands = commands;
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
        if (fouten.hasErrors()) {
            return detail.metFouten(huishoudenId, casusId, authentication, model, response);
        }
        String doorbraakId = UUID.randomUUID().toString();
        try {
            commands.sendAndAwait(new DecideDoorbraak(huishoudenId, casusId, doorbraakId,
                    formulier.getLegitimiteit().toPijler(), formulier.getBetrokkenheid().toPijler(),
                    formulier.getRendement().toPijler(), formulier.getOplossing().strip(), null), huishoudenId, null);
        } catch (Weigering weigering) {
            return detail.geweigerd(weigering, huishoudenId, casusId, authentication, model, response);
        }
        redirect.addFlashAttribute(EscalatieDetail.DOORBRAAK_UITSLAG,
                new EscalatieDetail.DoorbraakUitslag(doorbraakId, formulier.neeAntwoorden()));
        return terug(huishoudenId, casusId);
    }

    @PostMapping(PAD + "/doorbraken/{doorbraakId}/maatwerkbudget")
    String maatwerkbudget(@PathVariable String huishoudenId, @PathVariable String casusId,
                          @PathVariable String doorbraakId,
                          @Valid @ModelAttribute(EscalatieDetail.BUDGET) BudgetFormulier formulier,
                          BindingResult fouten, Authentication authentication, Model model,
                          HttpServletResponse response, RedirectAttributes redirect) {
        formulier.controleer(fouten);
        if (fouten.hasErrors()) {
            return detail.metFouten(huishoudenId, casusId, authentication, model, response);
        }
        try {
            commands.sendAndAwait(new GrantMaatwerkbudget(huishoudenId, casusId, doorbraakId,
                    formulier.bedragInEuro(), authentication.getName(), formulier.getGoedkeurder().strip(),
                    formulier.getBestemming() == null || formulier.getBestemming().isBlank() ? null
                            : formulier.getBestemming().strip(), null), huishoudenId, null);
        } catch (Weigering weigering) {
            return detail.geweigerd(weigering, huishoudenId, casusId, authentication, model, response);
        }
        redirect.addFlashAttribute("bevestiging", "Het maatwerkbudget is toegekend.");
        return terug(huishoudenId, casusId);
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
        if (fouten.hasErrors()) {
            return detail.metFouten(huishoudenId, casusId, authentication, model, response);
        }
        try {
            commands.sendAndAwait(new EscalateUnderAve(huishoudenId, casusId, formulier.getNiveau(),
                    formulier.getReden(), formulier.getToelichting().strip(), null), huishoudenId, null);
        } catch (Weigering weigering) {
            return detail.geweigerd(weigering, huishoudenId, casusId, authentication, model, response);
        }
        redirect.addFlashAttribute("bevestiging", "De casus van huishouden " + huishoudenId
                + " is verder geëscaleerd volgens de Aanpak Voorkomen Escalatie.");
        return "redirect:/escalaties";
    }
}
