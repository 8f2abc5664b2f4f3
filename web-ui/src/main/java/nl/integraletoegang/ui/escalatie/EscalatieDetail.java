package nl.integraletoegang.ui.escalatie;

import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.integraletoegang.api.escalatie.EscalatieReden;
import nl.integraletoegang.api.huishouden.HuishoudenOverzicht;
import nl.integraletoegang.platform.security.Medewerker;
import nl.integraletoegang.platform.invoer.NotFoundException;
import nl.integraletoegang.platform.security.Toegang;
import nl.integraletoegang.ui.Inzage;
import nl.integraletoegang.ui.UiCommands;
import nl.integraletoegang.ui.Weigering;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The escalation page with everything on it: the casus essentials from the household overview and the forms that fit
 * the worker's role and the escalation's state. The page's actions render it again with their errors or refusal,
 * keeping what the worker typed; the other forms start empty.
 */
@Component
class EscalatieDetail {

    static final String BESLUIT = "besluit";
    static final String TERUGGAVE = "teruggave";
    static final String DOORBRAAKTEAM = "doorbraakteam";
    static final String AVE = "ave";
    static final String DOORBRAAK = "doorbraak";
    static final String BUDGET = "budget";
    static final String BUDGET_AFWIJZING = "budgetAfwijzing";
    /** Flash attribute of a doorbraak just decided: the page says whether it was approved, and if not, why. */
    static final String DOORBRAAK_UITSLAG = "doorbraakUitslag";

    private static final Map<String, Supplier<Object>> FORMULIEREN = Map.of(
            BESLUIT, BesluitFormulier::new,
            TERUGGAVE, TeruggaveFormulier::new,
            DOORBRAAKTEAM, EscalatieFormulier::new,
            AVE, EscalatieFormulier::new,
            DOORBRAAK, DoorbraakFormulier::new,
            BUDGET, BudgetFormulier::new,
            BUDGET_AFWIJZING, BudgetAfwijzingFormulier::new);

    /** What the worker answered on a doorbraak just sent: its id and the questions answered "no", with why. */
    record DoorbraakUitslag(String doorbraakId, List<String> neeAntwoorden) implements Serializable {
    }

    /** The decided doorbraak as the page reports it; the verdict is the command side's, read from the overview. */
    record Uitslag(boolean goedgekeurd, String oplossing, List<String> neeAntwoorden) {
    }

    private final Inzage huishoudens;
    private final UiCommands commands;

    EscalatieDetail(Inzage huishoudens, UiCommands commands) {
        this.huishoudens = huishoudens;
        this.commands = commands;
    }

    String toon(String huishoudenId, String casusId, Authentication authentication, Model model) {
        Medewerker medewerker = Toegang.escalatieNiveau(authentication);
        HuishoudenOverzicht.OpenCasus casus = huishoudens.openCasus(huishoudenId, casusId);
        HuishoudenOverzicht.Escalatie escalatie = casus.escalatie();
        if (escalatie == null) {
            throw new NotFoundException("Voor deze casus loopt geen escalatie (meer); de casusregisseur heeft haar.");
        }
        model.addAttribute("huishoudenId", huishoudenId);
        model.addAttribute("casus", casus);
        model.addAttribute("escalatie", escalatie);
        Mogelijkheden mogelijkheden = Mogelijkheden.voor(medewerker, escalatie);
        model.addAttribute("mogelijkheden", mogelijkheden);
        model.addAttribute("redenen", EscalatieReden.values());
        FORMULIEREN.forEach((naam, nieuw) -> {
            if (!model.containsAttribute(naam)) {
                model.addAttribute(naam, nieuw.get());
            }
        });
        if (!mogelijkheden.aveNiveaus().isEmpty() && model.getAttribute(AVE) instanceof EscalatieFormulier ave
                && ave.getNiveau() == null) {
            // the ladder skips no rung: the next one is the likely choice
            ave.setNiveau(mogelijkheden.aveNiveaus().get(0));
        }
        if (model.getAttribute(DOORBRAAK_UITSLAG) instanceof DoorbraakUitslag uitslag) {
            model.addAttribute("uitslag", uitslag(escalatie, uitslag));
        }
        return "escalatie/detail";
    }

    /**
     * What every form of the page does: invalid input ({@code fouten}, may be {@code null} for a form without fields)
     * or a refusal of the command side shows the page again; otherwise the command is sent, the worker goes to
     * {@code daarna} (a redirect) with the confirmation (if any).
     */
    String verwerk(String huishoudenId, String casusId, BindingResult fouten, Supplier<Object> commando,
                   String bevestiging, String daarna, Authentication authentication, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        return verwerk(huishoudenId, casusId, fouten, commando, null, bevestiging, daarna, authentication, model,
                response, redirect);
    }

    /** As above, with the reason the worker gave, which the audit trail records with the command. */
    String verwerk(String huishoudenId, String casusId, BindingResult fouten, Supplier<Object> commando,
                   String reden, String bevestiging, String daarna, Authentication authentication, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        if (fouten != null && fouten.hasErrors()) {
            return metFouten(huishoudenId, casusId, authentication, model, response);
        }
        try {
            commands.sendAndAwait(commando.get(), huishoudenId, reden);
        } catch (Weigering weigering) {
            return geweigerd(weigering, huishoudenId, casusId, authentication, model, response);
        }
        if (bevestiging != null) {
            redirect.addFlashAttribute("bevestiging", bevestiging);
        }
        return daarna;
    }

    /** The page again after invalid input: nothing was sent. */
    String metFouten(String huishoudenId, String casusId, Authentication authentication, Model model,
                     HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return toon(huishoudenId, casusId, authentication, model);
    }

    /** The page again with the command side's refusal on top, keeping what the worker typed: nothing was stored. */
    String geweigerd(Weigering weigering, String huishoudenId, String casusId, Authentication authentication,
                     Model model, HttpServletResponse response) {
        response.setStatus(weigering.status().value());
        model.addAttribute("weigering", weigering);
        return toon(huishoudenId, casusId, authentication, model);
    }

    static String terug(String huishoudenId, String casusId) {
        return "redirect:/escalaties/" + huishoudenId + "/" + casusId;
    }

    private static Uitslag uitslag(HuishoudenOverzicht.Escalatie escalatie, DoorbraakUitslag verzonden) {
        return escalatie.doorbraken().stream()
                .filter(doorbraak -> doorbraak.doorbraakId().equals(verzonden.doorbraakId()))
                .findFirst()
                .map(doorbraak -> new Uitslag(doorbraak.goedgekeurd(), doorbraak.oplossing(),
                        verzonden.neeAntwoorden()))
                // the overview lags behind: the command side's rule is that any "no" rejects
                .orElseGet(() -> new Uitslag(verzonden.neeAntwoorden().isEmpty(), null, verzonden.neeAntwoorden()));
    }
}
