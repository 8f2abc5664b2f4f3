package nl.integraletoegang.ui.casus;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Locale;
import nl.integraletoegang.api.huishouden.HuishoudenOverzicht;
import nl.integraletoegang.api.termijn.CompleteTermijn;
import nl.integraletoegang.api.termijn.ResumeTermijn;
import nl.integraletoegang.api.termijn.SuspendTermijn;
import nl.integraletoegang.api.veld.VrijeTekst;
import nl.integraletoegang.platform.invoer.NotFoundException;
import nl.integraletoegang.ui.UiCommands;
import org.springframework.context.MessageSource;
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

/**
 * The legal clock of a hulpvraag: suspended (with a reason, for example while an aanvraag is incomplete), resumed
 * (with a reason), or met when what it guards is done. Suspension is an event, the deadline moves by the days it lasted.
 */
@Controller
@RequestMapping("/huishoudens/{huishoudenId}/casussen/{casusId}/termijnen/{termijnId}")
class TermijnPagina {

    private final CasusFormulieren formulieren;
    private final UiCommands commands;
    private final MessageSource teksten;

    TermijnPagina(CasusFormulieren formulieren, UiCommands commands, MessageSource teksten) {
        this.formulieren = formulieren;
        this.commands = commands;
        this.teksten = teksten;
    }

    /** Why the clock stops or runs again; it is kept with the event. */
    public record Reden(@NotBlank(message = "Geef een reden.")
                        @VrijeTekst String reden) {
    }

    private enum Handeling {
        OPSCHORTEN("opschorting", "Termijn opschorten", "De termijn wordt opgeschort…", "De termijn is opgeschort."),
        HERVATTEN("hervatting", "Termijn hervatten", "De termijn wordt hervat…", "De termijn loopt weer.");

        final String pad;
        final String titel;
        final String voortgang;
        final String bevestiging;

        Handeling(String pad, String titel, String voortgang, String bevestiging) {
            this.pad = pad;
            this.titel = titel;
            this.voortgang = voortgang;
            this.bevestiging = bevestiging;
        }
    }

    @GetMapping("/opschorting")
    String opschortenFormulier(@PathVariable String huishoudenId, @PathVariable String casusId,
                               @PathVariable String termijnId, Authentication authentication, Model model) {
        return formulier(Handeling.OPSCHORTEN, huishoudenId, casusId, termijnId, authentication, model);
    }

    @PostMapping("/opschorting")
    String opschorten(@PathVariable String huishoudenId, @PathVariable String casusId, @PathVariable String termijnId,
                      @Valid @ModelAttribute(RedenPagina.FORMULIER) Reden reden, BindingResult fouten,
                      Authentication authentication, Model model, HttpServletResponse response,
                      RedirectAttributes redirect) {
        toon(Handeling.OPSCHORTEN, huishoudenId, casusId, termijnId, authentication, model);
        return formulieren.verwerk(huishoudenId, casusId, RedenPagina.TEMPLATE, fouten,
                () -> new SuspendTermijn(huishoudenId, casusId, termijnId, reden.reden(), null), reden.reden(),
                Handeling.OPSCHORTEN.bevestiging, authentication, model, response, redirect);
    }

    @GetMapping("/hervatting")
    String hervattenFormulier(@PathVariable String huishoudenId, @PathVariable String casusId,
                              @PathVariable String termijnId, Authentication authentication, Model model) {
        return formulier(Handeling.HERVATTEN, huishoudenId, casusId, termijnId, authentication, model);
    }

    @PostMapping("/hervatting")
    String hervatten(@PathVariable String huishoudenId, @PathVariable String casusId, @PathVariable String termijnId,
                     @Valid @ModelAttribute(RedenPagina.FORMULIER) Reden reden, BindingResult fouten,
                     Authentication authentication, Model model, HttpServletResponse response,
                     RedirectAttributes redirect) {
        toon(Handeling.HERVATTEN, huishoudenId, casusId, termijnId, authentication, model);
        return formulieren.verwerk(huishoudenId, casusId, RedenPagina.TEMPLATE, fouten,
                () -> new ResumeTermijn(huishoudenId, casusId, termijnId, reden.reden(), null), reden.reden(),
                Handeling.HERVATTEN.bevestiging, authentication, model, response, redirect);
    }

    /** What the clock guards is done: the termijn is met (on time or late, as the command side records). */
    @PostMapping("/afronding")
    String afronden(@PathVariable String huishoudenId, @PathVariable String casusId, @PathVariable String termijnId,
                    RedirectAttributes redirect) {
        commands.sendAndAwait(new CompleteTermijn(huishoudenId, casusId, termijnId, null), huishoudenId, null);
        redirect.addFlashAttribute("bevestiging", "De termijn is afgerond.");
        return "redirect:/huishoudens/" + huishoudenId;
    }

    private String formulier(Handeling handeling, String huishoudenId, String casusId, String termijnId,
                             Authentication authentication, Model model) {
        toon(handeling, huishoudenId, casusId, termijnId, authentication, model);
        model.addAttribute(RedenPagina.FORMULIER, new Reden(null));
        return RedenPagina.TEMPLATE;
    }

    private void toon(Handeling handeling, String huishoudenId, String casusId, String termijnId,
                      Authentication authentication, Model model) {
        HuishoudenOverzicht.Termijn termijn = formulieren.toon(huishoudenId, casusId, authentication, model)
                .termijnen().stream().filter(kandidaat -> kandidaat.termijnId().equals(termijnId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Deze casus heeft geen termijn met dit id."));
        String regime = teksten.getMessage("regime." + termijn.regime(), null, termijn.regime(),
                Locale.forLanguageTag("nl"));
        RedenPagina.vul(model, handeling.titel, "Termijn: " + regime, "/huishoudens/" + huishoudenId + "/casussen/"
                + casusId + "/termijnen/" + termijnId + "/" + handeling.pad, handeling.titel, handeling.voortgang);
    }
}
