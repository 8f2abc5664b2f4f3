package nl.integraletoegang.query.ui.beheer;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.integraletoegang.api.veld.VrijeTekst;
import nl.integraletoegang.platform.security.Toegang;
import nl.integraletoegang.query.beheer.Projecties;
import nl.integraletoegang.query.ui.Weigering;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The beheerder's page: every projection with its state, how far it lags and its dead letters, and a rebuild from
 * the event store. A rebuild runs in the background and can take a while, so the page shows its progress: with htmx
 * it asks every second until the projection has caught up; without script a reload shows the same.
 * <p>
 * Below it the households that are blocked in a projection, with the first failing event and its cause: the
 * beheerder processes a household again, or skips its first event with a reason on a page of its own, and sees the
 * log of what was skipped.
 */
@Controller
class BeheerPagina {

    private static final int OVERSLAGEN_OP_PAGINA = 20;

    private final Projecties projecties;

    BeheerPagina(Projecties projecties) {
        this.projecties = projecties;
    }

    /** The skip form: the reason, and the event the beheerder saw at the head of the household's queue. */
    record OverslagFormulier(
            @NotBlank(message = "Geef een reden om het event over te slaan; de reden wordt vastgelegd.")
            @VrijeTekst(max = Projecties.OVERSLAG_REDEN_MAX) String reden,
            @Size(max = 255) String eventId) {
    }

    @GetMapping("/beheer")
    String pagina(@RequestParam(name = "herbouw", required = false) String naam, Model model) {
        vul(model, naam == null ? null : voortgang(naam));
        Map<String, List<Projecties.GeblokkeerdHuishouden>> geblokkeerd = new LinkedHashMap<>();
        for (String projectie : projecties.namen()) {
            List<Projecties.GeblokkeerdHuishouden> huishoudens = projecties.geblokkeerdeHuishoudens(projectie);
            if (!huishoudens.isEmpty()) {
                geblokkeerd.put(projectie, huishoudens);
            }
        }
        model.addAttribute("geblokkeerd", geblokkeerd);
        model.addAttribute("overslagen", projecties.overslagen(null, OVERSLAGEN_OP_PAGINA));
        return "beheer/pagina";
    }

    /** The answer to each poll: the poller (gone once caught up), the progress text and the table. */
    @GetMapping("/beheer/voortgang")
    String voortgang(@RequestParam("herbouw") String naam, Model model) {
        vul(model, voortgang(naam));
        return "beheer/pagina :: voortgang";
    }

    @PostMapping("/beheer/projecties/{naam}/herbouw")
    String herbouw(@PathVariable String naam, @RequestHeader(name = "HX-Request", required = false) String htmx,
                   Model model) {
        projecties.herbouw(naam);
        if ("true".equals(htmx)) {
            // the first answer always polls once more, so a rebuild that is over at once is still seen to finish
            vul(model, Herbouw.gestart(naam));
            return "beheer/pagina :: voortgang";
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/beheer").queryParam("herbouw", naam).encode().build()
                .toUriString();
    }

    @PostMapping("/beheer/projecties/{naam}/huishoudens/{huishoudenId}/verwerking")
    String verwerk(@PathVariable String naam, @PathVariable String huishoudenId, RedirectAttributes redirect) {
        Projecties.HuishoudenVerwerking verwerking = projecties.verwerkHuishouden(naam, huishoudenId);
        redirect.addFlashAttribute("bevestiging", verwerking.resterend() == 0
                ? "Huishouden %s zit niet meer vast in %s: %d events verwerkt."
                .formatted(huishoudenId, naam, verwerking.verwerkt())
                : "Huishouden %s zit nog vast in %s: %d events verwerkt, %d wachten nog omdat het eerste opnieuw mislukte."
                .formatted(huishoudenId, naam, verwerking.verwerkt(), verwerking.resterend()));
        return "redirect:/beheer";
    }

    @GetMapping("/beheer/projecties/{naam}/huishoudens/{huishoudenId}/overslag")
    String overslagFormulier(@PathVariable String naam, @PathVariable String huishoudenId, Model model) {
        Projecties.GeblokkeerdHuishouden huishouden = toon(naam, huishoudenId, model);
        model.addAttribute("overslag", new OverslagFormulier(null, huishouden.eersteEvent().eventId()));
        return "beheer/overslag";
    }

    @PostMapping("/beheer/projecties/{naam}/huishoudens/{huishoudenId}/overslag")
    String overslaan(@PathVariable String naam, @PathVariable String huishoudenId,
                     @Valid @ModelAttribute("overslag") OverslagFormulier overslag, BindingResult fouten,
                     Authentication authentication, Model model, HttpServletResponse response,
                     RedirectAttributes redirect) {
        if (!fouten.hasErrors()) {
            try {
                Projecties.Overslag gedaan = projecties.slaOver(naam, huishoudenId, overslag.eventId(),
                        overslag.reden().strip(), Toegang.medewerker(authentication).gebruikersnaam());
                redirect.addFlashAttribute("bevestiging", ("Het event %s van huishouden %s is in %s overgeslagen en "
                        + "vastgelegd in het logboek. %s").formatted(gedaan.eventType(), huishoudenId, naam,
                        gedaan.resterend() == 0 ? "De latere events zijn verwerkt."
                                : gedaan.resterend() + " events wachten nog: het volgende mislukte ook."));
                return "redirect:/beheer";
            } catch (ErrorResponseException conflict) {
                if (conflict.getStatusCode().value() != HttpStatus.CONFLICT.value()) {
                    throw conflict;
                }
                model.addAttribute("weigering", new Weigering(HttpStatus.CONFLICT, "dead-letter-veranderd",
                        conflict.getBody().getDetail()));
                response.setStatus(HttpStatus.CONFLICT.value());
            }
        } else {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        toon(naam, huishoudenId, model);
        return "beheer/overslag";
    }

    private Projecties.GeblokkeerdHuishouden toon(String naam, String huishoudenId, Model model) {
        Projecties.GeblokkeerdHuishouden huishouden = projecties.geblokkeerdHuishouden(naam, huishoudenId);
        model.addAttribute("projectie", naam);
        model.addAttribute("huishouden", huishouden);
        return huishouden;
    }

    private Herbouw voortgang(String naam) {
        return Herbouw.van(projecties.stand(naam), projecties.kop());
    }

    private void vul(Model model, Herbouw herbouw) {
        model.addAttribute("standen", projecties.standen());
        model.addAttribute("herbouw", herbouw);
    }
}
