package nl.integraletoegang.ui.historie;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import nl.integraletoegang.api.historie.CasusHistorie;
import nl.integraletoegang.api.historie.FindCasusHistorie;
import nl.integraletoegang.api.veld.Gebruikersnaam;
import nl.integraletoegang.platform.security.Toegang;
import nl.integraletoegang.api.historie.CasussenVanHuishouden;
import nl.integraletoegang.ui.Inzage;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit trail of a casus for the auditor: who did what, when and why, newest first. The search page finds a
 * casus by its id or through its household; the timeline itself is open to everyone with need to know, through the
 * same check and access log as the history API.
 */
@Controller
class HistoriePagina {

    private final Inzage inzage;

    HistoriePagina(Inzage inzage) {
        this.inzage = inzage;
    }

    @GetMapping("/historie")
    String zoeken(@ModelAttribute("zoekvraag") HistorieZoekvraag zoekvraag, BindingResult fouten,
                  Authentication authentication, Model model, HttpServletResponse response) {
        if (zoekvraag.isLeeg()) {
            return "historie/zoeken";
        }
        zoekvraag.controleer(fouten);
        if (fouten.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "historie/zoeken";
        }
        if (zoekvraag.zoektCasus()) {
            if (inzage.huishoudenVanCasus(zoekvraag.getCasus()).isEmpty()) {
                fouten.rejectValue("casus", "onbekend", "Er is geen casus met id " + zoekvraag.getCasus()
                        + ". Controleer het id.");
                response.setStatus(HttpStatus.NOT_FOUND.value());
                return "historie/zoeken";
            }
            return "redirect:" + UriComponentsBuilder.fromPath("/casussen/{casus}/historie").encode()
                    .buildAndExpand(zoekvraag.getCasus()).toUriString();
        }
        Toegang.medewerker(authentication);
        List<CasussenVanHuishouden.Casus> casussen = inzage.casussen(zoekvraag.getHuishouden()).casussen();
        if (casussen.isEmpty()) {
            fouten.rejectValue("huishouden", "onbekend", "Van huishouden " + zoekvraag.getHuishouden()
                    + " is geen casus bekend. Controleer het id.");
            response.setStatus(HttpStatus.NOT_FOUND.value());
        }
        model.addAttribute("casussen", casussen);
        return "historie/zoeken";
    }

    @GetMapping("/casussen/{casusId}/historie")
    String tijdlijn(@PathVariable String casusId, @RequestParam(required = false) @Gebruikersnaam String actor,
                    @RequestParam(defaultValue = "0") int pagina, Authentication authentication, Model model) {
        Toegang.medewerker(authentication);
        String filter = actor == null || actor.isBlank() ? null : actor.strip();
        CasusHistorie historie = inzage.historie(new FindCasusHistorie(casusId, filter, true,
                Math.max(0, Math.min(pagina, 100_000)), Tijdlijn.GROOTTE));
        model.addAttribute("tijdlijn", Tijdlijn.van(historie, filter));
        return "historie/tijdlijn";
    }
}
