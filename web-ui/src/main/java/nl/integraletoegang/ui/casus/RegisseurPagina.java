package nl.integraletoegang.ui.casus;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import nl.integraletoegang.api.casus.Casusregisseur;
import nl.integraletoegang.api.casus.ChangeCasusregisseur;
import nl.integraletoegang.api.veld.Code;
import nl.integraletoegang.api.veld.Gebruikersnaam;
import nl.integraletoegang.api.veld.VrijeTekst;
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

/** Handing the casus to another casusregisseur: rare, explicit and with a reason (DESIGN §1). */
@Controller
@RequestMapping("/huishoudens/{huishoudenId}/casussen/{casusId}/regisseur")
class RegisseurPagina {

    private static final String FORMULIER = "casus/regisseur";

    private final CasusFormulieren formulieren;

    RegisseurPagina(CasusFormulieren formulieren) {
        this.formulieren = formulieren;
    }

    /** The new regisseur and why (a mutable form object, as Spring's form binding wants it). */
    public static class Overdracht {
        @NotBlank(message = "Geef de gebruikersnaam van de nieuwe casusregisseur.")
        @Gebruikersnaam
        private String gebruikersnaam;
        @NotBlank(message = "Geef het team van de nieuwe casusregisseur.")
        @Code
        private String team;
        @NotBlank(message = "Geef een reden om de casusregisseur te wijzigen.")
        @VrijeTekst
        private String reden;

        public String getGebruikersnaam() {
            return gebruikersnaam;
        }

        public void setGebruikersnaam(String gebruikersnaam) {
            this.gebruikersnaam = gebruikersnaam;
        }

        public String getTeam() {
            return team;
        }

        public void setTeam(String team) {
            this.team = team;
        }

        public String getReden() {
            return reden;
        }

        public void setReden(String reden) {
            this.reden = reden;
        }
    }

    @GetMapping
    String formulier(@PathVariable String huishoudenId, @PathVariable String casusId, Authentication authentication,
                     Model model) {
        formulieren.toon(huishoudenId, casusId, authentication, model);
        model.addAttribute("overdracht", new Overdracht());
        return FORMULIER;
    }

    @PostMapping
    String wijzig(@PathVariable String huishoudenId, @PathVariable String casusId,
                  @Valid @ModelAttribute("overdracht") Overdracht overdracht, BindingResult fouten,
                  Authentication authentication, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        return formulieren.verwerk(huishoudenId, casusId, FORMULIER, fouten,
                () -> new ChangeCasusregisseur(huishoudenId, casusId, new Casusregisseur(
                        overdracht.getGebruikersnaam().strip(), overdracht.getTeam().strip()), overdracht.getReden(),
                        null),
                overdracht.getReden(), "De casus heeft een nieuwe casusregisseur: " + overdracht.getGebruikersnaam()
                        + ".", authentication, model, response, redirect);
    }
}
