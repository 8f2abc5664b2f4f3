package nl.integraletoegang.ui.casus;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import nl.integraletoegang.api.casus.Levensdomein;
import nl.integraletoegang.api.huishouden.HuishoudenOverzicht;
import nl.integraletoegang.api.plan.AdoptPlanVersion;
import nl.integraletoegang.api.plan.CancelPlanActie;
import nl.integraletoegang.api.plan.CompletePlanActie;
import nl.integraletoegang.api.veld.VrijeTekst;
import nl.integraletoegang.platform.invoer.NotFoundException;
import nl.integraletoegang.ui.Inzage;
import nl.integraletoegang.ui.UiCommands;
import nl.integraletoegang.ui.Weigering;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one plan of the casus: adopting a new version (goals per levensdomein, actions with owner and deadline), and
 * finishing or cancelling (with a reason) an action of the current version.
 */
@Controller
@RequestMapping("/huishoudens/{huishoudenId}/casussen/{casusId}/plan")
class PlanPagina {

    private static final String FORMULIER = "casus/plan";

    private final CasusFormulieren formulieren;
    private final UiCommands commands;
    private final Inzage inzage;

    PlanPagina(CasusFormulieren formulieren, UiCommands commands, Inzage inzage) {
        this.formulieren = formulieren;
        this.commands = commands;
        this.inzage = inzage;
    }

    @ModelAttribute
    void keuzes(Model model) {
        model.addAttribute("alleLevensdomeinen", Levensdomein.values());
    }

    @GetMapping
    String formulier(@PathVariable String huishoudenId, @PathVariable String casusId, Authentication authentication,
                     Model model) {
        model.addAttribute("plan", PlanFormulier.van(
                formulieren.toon(huishoudenId, casusId, authentication, model).plan(),
                inzage.versie(huishoudenId).orElse(null)));
        return FORMULIER;
    }

    /** "Doel toevoegen" and "Actie toevoegen" return the form with an extra row; only "Vaststellen" adopts. */
    @PostMapping
    String vaststellen(@PathVariable String huishoudenId, @PathVariable String casusId,
                       @Valid @ModelAttribute("plan") PlanFormulier plan, BindingResult fouten,
                       @RequestParam(required = false) String toevoegen, Authentication authentication, Model model,
                       HttpServletResponse response, RedirectAttributes redirect) {
        if ("doel".equals(toevoegen) || "actie".equals(toevoegen)) {
            if ("doel".equals(toevoegen)) {
                plan.voegDoelToe();
            } else {
                plan.voegActieToe();
            }
            formulieren.toon(huishoudenId, casusId, authentication, model);
            return FORMULIER;
        }
        plan.controleer(fouten);
        return formulieren.verwerk(huishoudenId, casusId, FORMULIER, fouten,
                () -> new AdoptPlanVersion(huishoudenId, casusId, plan.ingevuldeDoelen(), plan.ingevuldeActies(),
                        plan.getVersie()),
                null, "Een nieuwe versie van het plan is vastgesteld.", authentication, model, response, redirect);
    }

    @PostMapping("/acties/{actieId}/afronding")
    String afronden(@PathVariable String huishoudenId, @PathVariable String casusId, @PathVariable String actieId,
                    RedirectAttributes redirect) {
        commands.sendAndAwait(new CompletePlanActie(huishoudenId, casusId, actieId, null), huishoudenId, null);
        redirect.addFlashAttribute("bevestiging", "De actie is afgerond.");
        return "redirect:/huishoudens/" + huishoudenId;
    }

    /** Why an action is cancelled is recorded with it: closing a casus needs every action done or explained. */
    public record Annulering(@NotBlank(message = "Geef een reden om de actie te annuleren.")
                             @VrijeTekst String reden) {
    }

    @GetMapping("/acties/{actieId}/annulering")
    String annuleringFormulier(@PathVariable String huishoudenId, @PathVariable String casusId,
                               @PathVariable String actieId, Authentication authentication, Model model) {
        toonActie(huishoudenId, casusId, actieId, authentication, model);
        model.addAttribute(RedenPagina.FORMULIER, new Annulering(null));
        return RedenPagina.TEMPLATE;
    }

    @PostMapping("/acties/{actieId}/annulering")
    String annuleren(@PathVariable String huishoudenId, @PathVariable String casusId, @PathVariable String actieId,
                     @Valid @ModelAttribute(RedenPagina.FORMULIER) Annulering annulering, BindingResult fouten,
                     Authentication authentication, Model model, HttpServletResponse response,
                     RedirectAttributes redirect) {
        if (!fouten.hasErrors()) {
            try {
                commands.sendAndAwait(new CancelPlanActie(huishoudenId, casusId, actieId, annulering.reden(), null),
                        huishoudenId, annulering.reden());
                redirect.addFlashAttribute("bevestiging", "De actie is geannuleerd.");
                return "redirect:/huishoudens/" + huishoudenId;
            } catch (Weigering weigering) {
                model.addAttribute("weigering", weigering);
                response.setStatus(weigering.status().value());
            }
        } else {
            response.setStatus(400);
        }
        toonActie(huishoudenId, casusId, actieId, authentication, model);
        return RedenPagina.TEMPLATE;
    }

    private void toonActie(String huishoudenId, String casusId, String actieId, Authentication authentication,
                           Model model) {
        HuishoudenOverzicht.Plan plan = formulieren.toon(huishoudenId, casusId, authentication, model).plan();
        HuishoudenOverzicht.Actie actie = (plan == null ? List.<HuishoudenOverzicht.Actie>of() : plan.acties())
                .stream().filter(kandidaat -> kandidaat.actieId().equals(actieId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Het plan van deze casus heeft geen actie met dit id."));
        RedenPagina.vul(model, "Actie annuleren", "Actie: " + actie.omschrijving(), "/huishoudens/" + huishoudenId
                + "/casussen/" + casusId + "/plan/acties/" + actieId + "/annulering", "Actie annuleren",
                "De actie wordt geannuleerd…");
    }
}
