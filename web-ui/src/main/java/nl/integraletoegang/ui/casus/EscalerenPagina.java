package nl.integraletoegang.ui.casus;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import nl.integraletoegang.api.escalatie.EscalateToProcesregisseur;
import nl.integraletoegang.api.escalatie.EscalatieReden;
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

/** The casusregisseur calls in a procesregisseur when the casus threatens to stall: a reason and an explanation. */
@Controller
@RequestMapping("/huishoudens/{huishoudenId}/casussen/{casusId}/escalatie")
class EscalerenPagina {

    private static final String FORMULIER = "casus/escaleren";

    private final CasusFormulieren formulieren;

    EscalerenPagina(CasusFormulieren formulieren) {
        this.formulieren = formulieren;
    }

    /** The escalation as the worker fills it in. */
    public record Escalatie(@NotNull(message = "Kies de reden van de escalatie.") EscalatieReden reden,
                            @NotBlank(message = "Licht de escalatie toe: wat loopt er vast?")
                            @VrijeTekst(max = VrijeTekst.MIDDEL)
                            String toelichting) {
    }

    @ModelAttribute("redenen")
    EscalatieReden[] redenen() {
        return EscalatieReden.values();
    }

    @GetMapping
    String formulier(@PathVariable String huishoudenId, @PathVariable String casusId, Authentication authentication,
                     Model model) {
        formulieren.toon(huishoudenId, casusId, authentication, model);
        model.addAttribute("escalatie", new Escalatie(null, null));
        return FORMULIER;
    }

    @PostMapping
    String escaleer(@PathVariable String huishoudenId, @PathVariable String casusId,
                    @Valid @ModelAttribute("escalatie") Escalatie escalatie, BindingResult fouten,
                    Authentication authentication, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        return formulieren.verwerk(huishoudenId, casusId, FORMULIER, fouten,
                () -> new EscalateToProcesregisseur(huishoudenId, casusId, UUID.randomUUID().toString(),
                        escalatie.reden(), escalatie.toelichting(), null),
                null, "De casus is geëscaleerd naar de procesregisseur.", authentication, model, response, redirect);
    }
}
