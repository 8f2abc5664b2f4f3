package nl.integraletoegang.ui.samenvoeging;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.integraletoegang.api.huishouden.HuishoudenOverzicht;
import nl.integraletoegang.api.samenvoeging.MergeTarget;
import nl.integraletoegang.api.samenvoeging.SamenvoegingStatus;
import nl.integraletoegang.api.samenvoeging.Samenvoegingen;
import nl.integraletoegang.api.samenvoeging.StartHuishoudenMerge;
import nl.integraletoegang.api.samenvoeging.VerifyMergeTarget;
import nl.integraletoegang.api.veld.Identificatie;
import nl.integraletoegang.api.veld.VrijeTekst;
import nl.integraletoegang.platform.security.Toegang;
import nl.integraletoegang.ui.Inzage;
import nl.integraletoegang.ui.UiCommands;
import nl.integraletoegang.ui.Weigering;
import org.springframework.http.HttpStatus;
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
 * Merging a household registered twice into this one, from the household page: the worker names the other household
 * and gives a reason. The merge runs on as a process (see the command side's saga); the page waits a few seconds for
 * it to finish, so the worker usually returns to the household with everything moved.
 */
@Controller
@RequestMapping("/huishoudens/{huishoudenId}/samenvoeging")
class SamenvoegingPagina {

    private static final String FORMULIER = "huishouden/samenvoeging";
    private static final Duration GEDULD = Duration.ofSeconds(5);

    private final Inzage huishoudens;
    private final UiCommands commands;

    SamenvoegingPagina(Inzage huishoudens, UiCommands commands) {
        this.huishoudens = huishoudens;
        this.commands = commands;
    }

    /** The household registered twice and why (a mutable form object, as Spring's form binding wants it). */
    public static class Samenvoeging {
        @NotBlank(message = "Geef het id van het huishouden dat je hierin samenvoegt.")
        @Identificatie
        private String bronHuishoudenId;
        @NotBlank(message = "Geef een reden om de huishoudens samen te voegen.")
        @VrijeTekst
        private String reden;

        public String getBronHuishoudenId() {
            return bronHuishoudenId;
        }

        public void setBronHuishoudenId(String bronHuishoudenId) {
            this.bronHuishoudenId = bronHuishoudenId;
        }

        public String getReden() {
            return reden;
        }

        public void setReden(String reden) {
            this.reden = reden;
        }
    }

    @GetMapping
    String formulier(@PathVariable String huishoudenId, Authentication authentication, Model model) {
        toon(huishoudenId, authentication, model);
        model.addAttribute("samenvoeging", new Samenvoeging());
        return FORMULIER;
    }

    @PostMapping
    String voegSamen(@PathVariable String huishoudenId,
                     @Valid @ModelAttribute("samenvoeging") Samenvoeging samenvoeging, BindingResult fouten,
                     Authentication authentication, Model model, HttpServletResponse response,
                     RedirectAttributes redirect) {
        if (fouten.hasErrors()) {
            toon(huishoudenId, authentication, model);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return FORMULIER;
        }
        String bron = samenvoeging.getBronHuishoudenId().strip();
        String samenvoegingId = UUID.randomUUID().toString();
        try {
            MergeTarget doel = commands.send(new VerifyMergeTarget(huishoudenId, bron));
            commands.send(new StartHuishoudenMerge(bron, samenvoegingId, huishoudenId, doel.casusId(),
                    samenvoeging.getReden()), samenvoeging.getReden());
        } catch (Weigering weigering) {
            toon(huishoudenId, authentication, model);
            model.addAttribute("weigering", weigering);
            response.setStatus(weigering.status().value());
            return FORMULIER;
        }
        SamenvoegingStatus status = wachtOpAfloop(huishoudenId, samenvoegingId, authentication);
        redirect.addFlashAttribute("bevestiging", switch (status) {
            case VOLTOOID -> "Huishouden " + bron + " is samengevoegd met dit huishouden.";
            case GEANNULEERD -> "De samenvoeging met huishouden " + bron + " is geannuleerd; zie hieronder waarom.";
            default -> "De samenvoeging met huishouden " + bron + " loopt; ververs de pagina over een ogenblik.";
        });
        return "redirect:/huishoudens/" + huishoudenId;
    }

    private void toon(String huishoudenId, Authentication authentication, Model model) {
        Toegang.medewerker(authentication);
        HuishoudenOverzicht huishouden = huishoudens.overzicht(huishoudenId);
        model.addAttribute("huishouden", huishouden);
    }

    /** The merge's state once it completed or was cancelled, or GESTART when it takes longer than the page waits. */
    private SamenvoegingStatus wachtOpAfloop(String huishoudenId, String samenvoegingId,
                                             Authentication authentication) {
        Instant tot = Instant.now().plus(GEDULD);
        while (Instant.now().isBefore(tot)) {
            SamenvoegingStatus status = huishoudens.samenvoegingen(huishoudenId).samenvoegingen().stream()
                    .filter(s -> s.samenvoegingId().equals(samenvoegingId))
                    .map(Samenvoegingen.Samenvoeging::status).findFirst().orElse(SamenvoegingStatus.GESTART);
            if (status == SamenvoegingStatus.VOLTOOID || status == SamenvoegingStatus.GEANNULEERD) {
                return status;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return SamenvoegingStatus.GESTART;
    }
}
