package nl.integraletoegang.query.ui.melding;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.integraletoegang.api.casus.Dreiging;
import nl.integraletoegang.api.casus.Kanaal;
import nl.integraletoegang.api.casus.Levensdomein;
import nl.integraletoegang.api.casus.MeldingRegistration;
import nl.integraletoegang.api.casus.Persoon;
import nl.integraletoegang.api.casus.RegisterMelding;
import nl.integraletoegang.platform.security.Medewerker;
import nl.integraletoegang.platform.web.AfgeleideIds;
import nl.integraletoegang.query.Toegang;
import nl.integraletoegang.query.ui.UiCommands;
import nl.integraletoegang.query.ui.Weigering;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registering a melding: for a new household, or for a known one, whose open casus then receives it as a new
 * hulpvraag (no wrong door). The melding is registered at the worker's own team.
 */
@Controller
class MeldingPagina {

    private final UiCommands commands;
    private final List<String> regimes;

    MeldingPagina(UiCommands commands, @Value("${integrale-toegang.ui.regimes}") List<String> regimes) {
        this.commands = commands;
        this.regimes = List.copyOf(regimes);
    }

    @ModelAttribute
    void keuzes(Model model) {
        model.addAttribute("kanalen", Kanaal.values());
        model.addAttribute("levensdomeinen", Levensdomein.values());
        model.addAttribute("dreigingen", Dreiging.values());
        model.addAttribute("regimes", regimes);
    }

    @GetMapping("/meldingen/nieuw")
    String formulier(@RequestParam(required = false) String huishouden, Model model) {
        MeldingFormulier formulier = new MeldingFormulier();
        formulier.setHuishoudenId(huishouden);
        model.addAttribute("melding", formulier);
        return "melding/formulier";
    }

    @PostMapping("/meldingen")
    String registreer(@Valid @ModelAttribute("melding") MeldingFormulier formulier, BindingResult fouten,
                      Authentication authentication, Model model, HttpServletResponse response,
                      RedirectAttributes redirect) {
        formulier.controleer(fouten);
        if (formulier.getRegime() != null && !formulier.getRegime().isBlank()
                && !regimes.contains(formulier.getRegime())) {
            fouten.rejectValue("regime", "onbekend", "Kies een termijn uit de lijst.");
        }
        if (fouten.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "melding/formulier";
        }
        Medewerker medewerker = Toegang.metTeam(authentication);
        try {
            MeldingRegistration registratie = commands.send(toCommand(formulier, medewerker.team()));
            commands.awaitOverzicht(registratie.huishoudenId(), registratie.versie());
            redirect.addFlashAttribute("bevestiging", registratie.casusOpened()
                    ? "De melding is geregistreerd en er is een casus geopend."
                    : "De melding is als nieuwe hulpvraag toegevoegd aan de open casus van het huishouden.");
            return "redirect:/huishoudens/" + registratie.huishoudenId();
        } catch (Weigering weigering) {
            response.setStatus(weigering.status().value());
            model.addAttribute("weigering", weigering);
            return "melding/formulier";
        }
    }

    private static RegisterMelding toCommand(MeldingFormulier formulier, String team) {
        // the ids a new household, its casus and members get derive from one id of this submission, as the write
        // API derives them from its request id (POST /api/meldingen without huishoudenId)
        String verzoek = UUID.randomUUID().toString();
        String huishoudenId = MeldingFormulier.isBlank(formulier.getHuishoudenId())
                ? AfgeleideIds.id(verzoek, "huishouden") : formulier.getHuishoudenId().strip();
        List<MeldingFormulier.Lid> ingevuld = formulier.ingevuldeLeden();
        List<Persoon> leden = IntStream.range(0, ingevuld.size())
                .mapToObj(i -> new Persoon(AfgeleideIds.id(verzoek, "lid-" + i), ingevuld.get(i).getNaam().strip(),
                        ingevuld.get(i).getGeboortedatum(), MeldingFormulier.isBlank(ingevuld.get(i).getBsn()) ? null
                        : ingevuld.get(i).getBsn().strip()))
                .toList();
        return new RegisterMelding(huishoudenId, AfgeleideIds.id(verzoek, "hulpvraag"),
                AfgeleideIds.id(verzoek, "casus"), formulier.getKanaal(), team, formulier.getLevensdomeinen(),
                formulier.getOmschrijving(), leden,
                formulier.getDreigingen(), MeldingFormulier.isBlank(formulier.getWijk()) ? null
                : formulier.getWijk().strip(), MeldingFormulier.isBlank(formulier.getRegime()) ? null
                : formulier.getRegime(), AfgeleideIds.id(verzoek, "termijn"));
    }
}
