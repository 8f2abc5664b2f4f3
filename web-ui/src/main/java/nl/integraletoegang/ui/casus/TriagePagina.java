package nl.integraletoegang.ui.casus;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.EnumSet;
import nl.integraletoegang.api.casus.Casusregisseur;
import nl.integraletoegang.api.casus.Levensdomein;
import nl.integraletoegang.api.casus.TriageCasus;
import nl.integraletoegang.api.casus.Urgentie;
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

/** Triage (brede uitvraag): the integral need, the urgency, the heaviest question and with it the one regisseur. */
@Controller
@RequestMapping("/huishoudens/{huishoudenId}/casussen/{casusId}/triage")
class TriagePagina {

    private static final String FORMULIER = "casus/triage";

    private final CasusFormulieren formulieren;

    TriagePagina(CasusFormulieren formulieren) {
        this.formulieren = formulieren;
    }

    @ModelAttribute
    void keuzes(Model model) {
        model.addAttribute("alleLevensdomeinen", Levensdomein.values());
        model.addAttribute("urgenties", Urgentie.values());
    }

    @GetMapping
    String formulier(@PathVariable String huishoudenId, @PathVariable String casusId, Authentication authentication,
                     Model model) {
        HuishoudenOverzicht.OpenCasus casus = formulieren.toon(huishoudenId, casusId, authentication, model);
        TriageFormulier triage = new TriageFormulier();
        // the levensdomeinen of the meldingen so far are the starting point of the brede uitvraag
        EnumSet<Levensdomein> domeinen = EnumSet.noneOf(Levensdomein.class);
        casus.hulpvragen().forEach(vraag -> domeinen.addAll(vraag.levensdomeinen()));
        triage.setLevensdomeinen(domeinen);
        triage.setRegisseur(authentication.getName());
        model.addAttribute("triage", triage);
        return FORMULIER;
    }

    @PostMapping
    String triage(@PathVariable String huishoudenId, @PathVariable String casusId,
                  @Valid @ModelAttribute("triage") TriageFormulier triage, BindingResult fouten,
                  Authentication authentication, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        HuishoudenOverzicht.Hulpvraag zwaarste = formulieren.toon(huishoudenId, casusId, authentication, model)
                .hulpvragen().stream().filter(vraag -> vraag.hulpvraagId().equals(triage.getZwaarsteVraagstuk()))
                .findFirst().orElse(null);
        if (zwaarste == null && !fouten.hasFieldErrors("zwaarsteVraagstuk")) {
            fouten.rejectValue("zwaarsteVraagstuk", "onbekend", "Kies een hulpvraag van deze casus.");
        }
        return formulieren.verwerk(huishoudenId, casusId, FORMULIER, fouten,
                () -> new TriageCasus(huishoudenId, casusId, triage.getIntegraleHulpvraag(),
                        triage.getLevensdomeinen(), triage.getUrgentie(), zwaarste.hulpvraagId(),
                        new Casusregisseur(triage.getRegisseur().strip(), zwaarste.team()), null),
                null, "De triage is vastgelegd en " + triage.getRegisseur() + " is casusregisseur.", authentication,
                model, response, redirect);
    }
}
