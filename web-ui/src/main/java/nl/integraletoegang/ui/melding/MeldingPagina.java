package nl.integraletoegang.ui.melding;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.integraletoegang.api.casus.Dreiging;
import nl.integraletoegang.api.casus.Kanaal;
import nl.integraletoegang.api.casus.Levensdomein;
import nl.integraletoegang.api.casus.MeldingRegistration;
import nl.integraletoegang.api.casus.Persoon;
import nl.integraletoegang.api.casus.RegisterMelding;
import nl.integraletoegang.api.huishouden.Adres;
import nl.integraletoegang.api.huishouden.ApartRegistreren;
import nl.integraletoegang.api.zoeken.FindOvereenkomsten;
import nl.integraletoegang.api.zoeken.GevondenHuishouden;
import nl.integraletoegang.platform.security.Medewerker;
import nl.integraletoegang.platform.web.AfgeleideIds;
import nl.integraletoegang.platform.security.Toegang;
import nl.integraletoegang.ui.UiCommands;
import nl.integraletoegang.ui.Weigering;
import nl.integraletoegang.ui.zoeken.Zoekhulp;
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
 * hulpvraag (no wrong door). The melding is registered at the worker's own team. Find before you register: the page
 * starts with a search, and a melding for a new household whose members match known households shows those first;
 * the worker joins one, or registers a new household with a reason.
 */
@Controller
class MeldingPagina {

    private final UiCommands commands;
    private final List<String> regimes;
    private final BrpAanvulling brp;
    private final Zoekhulp zoekhulp;
    private final Validator validator;

    MeldingPagina(UiCommands commands, @Value("${integrale-toegang.ui.regimes}") List<String> regimes,
                  BrpAanvulling brp, Zoekhulp zoekhulp, Validator validator) {
        this.commands = commands;
        this.validator = validator;
        this.regimes = List.copyOf(regimes);
        this.brp = brp;
        this.zoekhulp = zoekhulp;
    }

    @ModelAttribute
    void keuzes(Model model) {
        model.addAttribute("kanalen", Kanaal.values());
        model.addAttribute("levensdomeinen", Levensdomein.values());
        model.addAttribute("dreigingen", Dreiging.values());
        model.addAttribute("lidrollen", MeldingFormulier.ROLLEN);
        model.addAttribute("regimes", regimes);
        model.addAttribute("brpBeschikbaar", brp.beschikbaar());
    }

    /**
     * Find before you register: without a chosen household the page starts with a search; a household found is
     * chosen by following its link, which opens the form for that household.
     */
    @GetMapping("/meldingen/nieuw")
    String formulier(@RequestParam(required = false) String huishouden, @RequestParam(required = false) String q,
                     @RequestParam(required = false) String geboortedatum, Model model,
                     HttpServletResponse response) {
        MeldingFormulier formulier = new MeldingFormulier();
        formulier.setHuishoudenId(huishouden);
        model.addAttribute("melding", formulier);
        if (MeldingFormulier.isBlank(huishouden)) {
            Zoekhulp.Uitkomst uitkomst = zoekhulp.zoek(q, geboortedatum);
            if (uitkomst.fout() != null) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
            model.addAttribute("uitkomst", uitkomst);
            model.addAttribute("q", q);
            model.addAttribute("geboortedatum", geboortedatum);
        }
        return "melding/formulier";
    }

    @PostMapping("/meldingen")
    String registreer(@Valid @ModelAttribute("melding") MeldingFormulier formulier, BindingResult fouten,
                      @RequestParam(required = false) String apart,
                      Authentication authentication, Model model, HttpServletResponse response,
                      RedirectAttributes redirect) {
        formulier.controleer(fouten, validator);
        if (formulier.getRegime() != null && !formulier.getRegime().isBlank()
                && !regimes.contains(formulier.getRegime())) {
            fouten.rejectValue("regime", "onbekend", "Kies een termijn uit de lijst.");
        }
        boolean nieuw = MeldingFormulier.isBlank(formulier.getHuishoudenId());
        if (nieuw && apart != null && MeldingFormulier.isBlank(formulier.getApartReden())) {
            fouten.rejectValue("apartReden", "verplicht",
                    "Geef aan waarom de melding toch een nieuw huishouden is.");
        }
        if (fouten.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            if (nieuw && apart != null) {
                model.addAttribute("voorstellen", voorstellen(formulier));
            }
            return "melding/formulier";
        }
        if (nieuw && MeldingFormulier.isBlank(formulier.getApartReden())) {
            // what was typed may be a household that is known already: propose it before registering a new one
            List<GevondenHuishouden> voorstellen = voorstellen(formulier);
            if (!voorstellen.isEmpty()) {
                response.setStatus(HttpStatus.CONFLICT.value());
                model.addAttribute("voorstellen", voorstellen);
                return "melding/formulier";
            }
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

    /**
     * "Vul aan uit BRP": the form comes back with the people found in the member rows and a message saying what was
     * found; nothing is registered. Works as a plain form post and, through htmx, replaces only the member rows.
     */
    @PostMapping("/meldingen/brp")
    String vulAanUitBrp(@ModelAttribute("melding") MeldingFormulier formulier, BindingResult fouten,
                        Authentication authentication, Model model, HttpServletResponse response) {
        if (fouten.hasErrors()) {
            // a member row that does not bind (a malformed date) is shown as it is, as after registering
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "melding/formulier";
        }
        Toegang.medewerker(authentication);
        brp.vulAan(formulier, fouten).ifPresentOrElse(
                uitkomst -> model.addAttribute("brpUitkomst", uitkomst),
                () -> response.setStatus(HttpStatus.BAD_REQUEST.value()));
        return "melding/formulier";
    }

    private List<GevondenHuishouden> voorstellen(MeldingFormulier formulier) {
        List<FindOvereenkomsten.Kenmerk> kenmerken = formulier.ingevuldeLeden().stream()
                .map(lid -> new FindOvereenkomsten.Kenmerk(MeldingFormulier.isBlank(lid.getNaam()) ? null
                        : lid.getNaam().strip(), lid.getGeboortedatum(),
                        MeldingFormulier.isBlank(lid.getBsn()) ? null : lid.getBsn().strip()))
                .toList();
        // the typed address counts only when it identifies a dwelling and passed the field rules
        Adres adres = formulier.nieuwAdres();
        if (adres != null && (!adres.identificeertWoning() || !validator.validate(adres).isEmpty())) {
            adres = null;
        }
        return kenmerken.isEmpty() && adres == null ? List.of() : zoekhulp.overeenkomsten(kenmerken, adres);
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
                        : ingevuld.get(i).getBsn().strip(), ingevuld.get(i).lidRol()))
                .toList();
        // a new household despite the proposal: the worker's reason goes with the melding (the contract's exception to
        // one BSN in one household with an open casus; without a BSN in another household the aggregate ignores it)
        ApartRegistreren apart = MeldingFormulier.isBlank(formulier.getHuishoudenId())
                && !MeldingFormulier.isBlank(formulier.getApartReden())
                ? new ApartRegistreren(formulier.getApartReden().strip()) : null;
        return new RegisterMelding(huishoudenId, AfgeleideIds.id(verzoek, "hulpvraag"),
                AfgeleideIds.id(verzoek, "casus"), formulier.getKanaal(), team, formulier.getLevensdomeinen(),
                formulier.getOmschrijving(), leden,
                formulier.getDreigingen(), MeldingFormulier.isBlank(formulier.getWijk()) ? null
                : formulier.getWijk().strip(), MeldingFormulier.isBlank(formulier.getRegime()) ? null
                : formulier.getRegime(), AfgeleideIds.id(verzoek, "termijn"), formulier.nieuwAdres(), apart);
    }
}
