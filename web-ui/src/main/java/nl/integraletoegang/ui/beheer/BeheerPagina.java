package nl.integraletoegang.ui.beheer;

import nl.integraletoegang.api.beheer.FindGeblokkeerdHuishouden;
import nl.integraletoegang.api.beheer.FindProjectiebeheer;
import nl.integraletoegang.api.beheer.FindProjectiestanden;
import nl.integraletoegang.api.beheer.Projectiestanden;
import nl.integraletoegang.api.beheer.SlaDeadLetterOver;
import nl.integraletoegang.api.beheer.StartHerbouw;
import nl.integraletoegang.api.beheer.VerwerkGeblokkeerdHuishouden;
import nl.integraletoegang.platform.invoer.NotFoundException;
import nl.integraletoegang.ui.Inzage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import nl.integraletoegang.api.beheer.Projectiebeheer;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.integraletoegang.api.veld.VrijeTekst;
import nl.integraletoegang.platform.security.Toegang;
import nl.integraletoegang.ui.Weigering;
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

    private final Inzage inzage;

    BeheerPagina(Inzage inzage) {
        this.inzage = inzage;
    }

    /** The skip form: the reason, and the event the beheerder saw at the head of the household's queue. */
    record OverslagFormulier(
            @NotBlank(message = "Geef een reden om het event over te slaan; de reden wordt vastgelegd.")
            @VrijeTekst(max = Projectiebeheer.OVERSLAG_REDEN_MAX) String reden,
            @Size(max = 255) String eventId) {
    }

    @GetMapping("/beheer")
    String pagina(@RequestParam(name = "herbouw", required = false) String naam, Model model) {
        Projectiebeheer beheer = inzage.vraag(new FindProjectiebeheer(OVERSLAGEN_OP_PAGINA),
                ResponseTypes.instanceOf(Projectiebeheer.class));
        Projectiestanden standen = new Projectiestanden(beheer.standen(), beheer.kop());
        vul(model, standen, naam == null ? null : voortgang(standen, naam));
        model.addAttribute("geblokkeerd", beheer.geblokkeerd());
        model.addAttribute("overslagen", beheer.overslagen());
        return "beheer/pagina";
    }

    /** The answer to each poll: the poller (gone once caught up), the progress text and the table. */
    @GetMapping("/beheer/voortgang")
    String voortgang(@RequestParam("herbouw") String naam, Model model) {
        Projectiestanden standen = standen();
        vul(model, standen, voortgang(standen, naam));
        return "beheer/pagina :: voortgang";
    }

    @PostMapping("/beheer/projecties/{naam}/herbouw")
    String herbouw(@PathVariable String naam, @RequestHeader(name = "HX-Request", required = false) String htmx,
                   Model model) {
        inzage.vraag(new StartHerbouw(naam), ResponseTypes.instanceOf(Boolean.class));
        if ("true".equals(htmx)) {
            // the first answer always polls once more, so a rebuild that is over at once is still seen to finish
            vul(model, standen(), Herbouw.gestart(naam));
            return "beheer/pagina :: voortgang";
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/beheer").queryParam("herbouw", naam).encode().build()
                .toUriString();
    }

    @PostMapping("/beheer/projecties/{naam}/huishoudens/{huishoudenId}/verwerking")
    String verwerk(@PathVariable String naam, @PathVariable String huishoudenId, RedirectAttributes redirect) {
        Projectiebeheer.HuishoudenVerwerking verwerking = inzage.vraag(
                new VerwerkGeblokkeerdHuishouden(naam, huishoudenId),
                ResponseTypes.instanceOf(Projectiebeheer.HuishoudenVerwerking.class));
        redirect.addFlashAttribute("bevestiging", verwerking.resterend() == 0
                ? "Huishouden %s zit niet meer vast in %s: %d events verwerkt."
                .formatted(huishoudenId, naam, verwerking.verwerkt())
                : "Huishouden %s zit nog vast in %s: %d events verwerkt, %d wachten nog omdat het eerste opnieuw mislukte."
                .formatted(huishoudenId, naam, verwerking.verwerkt(), verwerking.resterend()));
        return "redirect:/beheer";
    }

    @GetMapping("/beheer/projecties/{naam}/huishoudens/{huishoudenId}/overslag")
    String overslagFormulier(@PathVariable String naam, @PathVariable String huishoudenId, Model model) {
        Projectiebeheer.GeblokkeerdHuishouden huishouden = toon(naam, huishoudenId, model);
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
                Toegang.medewerker(authentication);
                Projectiebeheer.Overslag gedaan = inzage.vraag(new SlaDeadLetterOver(naam, huishoudenId,
                        overslag.eventId(), overslag.reden().strip()), ResponseTypes.instanceOf(Projectiebeheer.Overslag.class));
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

    private Projectiebeheer.GeblokkeerdHuishouden toon(String naam, String huishoudenId, Model model) {
        Projectiebeheer.GeblokkeerdHuishouden huishouden = inzage.vraag(
                new FindGeblokkeerdHuishouden(naam, huishoudenId),
                ResponseTypes.instanceOf(Projectiebeheer.GeblokkeerdHuishouden.class));
        model.addAttribute("projectie", naam);
        model.addAttribute("huishouden", huishouden);
        return huishouden;
    }

    private Projectiestanden standen() {
        return inzage.vraag(new FindProjectiestanden(), ResponseTypes.instanceOf(Projectiestanden.class));
    }

    private static Herbouw voortgang(Projectiestanden standen, String naam) {
        Projectiebeheer.Stand stand = standen.standen().stream().filter(s -> s.naam().equals(naam)).findFirst()
                .orElseThrow(() -> new NotFoundException("Er is geen projectie met deze naam."));
        return Herbouw.van(stand, standen.kop());
    }

    private static void vul(Model model, Projectiestanden standen, Herbouw herbouw) {
        model.addAttribute("standen", standen.standen());
        model.addAttribute("herbouw", herbouw);
    }
}
