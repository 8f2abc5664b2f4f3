package nl.integraletoegang.query.werkvoorraad;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.integraletoegang.api.audit.Identiteit;
import nl.integraletoegang.api.veld.Code;
import nl.integraletoegang.api.veld.Gebruikersnaam;
import nl.integraletoegang.api.werkvoorraad.AflopendeTermijnenPagina;
import nl.integraletoegang.api.werkvoorraad.CasussenPagina;
import nl.integraletoegang.api.werkvoorraad.FindAflopendeTermijnen;
import nl.integraletoegang.api.werkvoorraad.FindCasussenVanMedewerker;
import nl.integraletoegang.api.werkvoorraad.FindTeTriageren;
import nl.integraletoegang.api.werkvoorraad.TeTriagerenPagina;
import nl.integraletoegang.api.werkvoorraad.Volgorde;
import nl.integraletoegang.platform.security.Medewerker;
import nl.integraletoegang.query.Keuzeparameter;
import nl.integraletoegang.platform.invoer.OngeldigeParameterException;
import nl.integraletoegang.query.Paginering;
import nl.integraletoegang.platform.security.Toegang;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/werkvoorraad")
@Tag(name = "Werkvoorraad", description = "Te triageren meldingen per team, casussen per medewerker, aflopende "
        + "termijnen per team")
class WerkvoorraadController {

    static final int MAX_BINNEN_DAGEN = 366;

    private final QueryGateway queryGateway;

    WerkvoorraadController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/teams/{team}/te-triageren")
    @Operation(summary = "Meldingen die bij het team wachten op triage",
            description = "Oudste eerst (volgorde=NIEUWSTE_EERST draait dat om), met de wachttijd tot nu.")
    TeTriagerenPagina teTriageren(@PathVariable @Code String team, @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = Paginering.DEFAULT_SIZE) int size,
                                  @RequestParam(required = false) String volgorde, Authentication authentication) {
        Toegang.vanTeam(authentication, team);
        Paginering paginering = Paginering.of(page, size);
        return queryGateway.query(new FindTeTriageren(team, paginering.page(), paginering.size(), volgorde(volgorde)),
                TeTriagerenPagina.class).join();
    }

    @GetMapping("/teams/{team}/termijnen")
    @Operation(summary = "Termijnen van het team die binnen N dagen aflopen",
            description = "Lopende termijnen waarvan de laatste dag binnen binnenDagen (standaard 10) valt, en "
                    + "verlopen termijnen waarvan het werk nog niet af is; wat het eerst afloopt eerst.")
    AflopendeTermijnenPagina termijnen(@PathVariable @Code String team,
                                       @RequestParam(defaultValue = "10") int binnenDagen,
                                       @RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = Paginering.DEFAULT_SIZE) int size,
                                       Authentication authentication) {
        Toegang.vanTeam(authentication, team);
        if (binnenDagen < 0 || binnenDagen > MAX_BINNEN_DAGEN) {
            throw new OngeldigeParameterException("binnenDagen", "De parameter binnenDagen moet tussen 0 en "
                    + MAX_BINNEN_DAGEN + " liggen; gevraagd was " + binnenDagen + ".");
        }
        Paginering paginering = Paginering.of(page, size);
        return queryGateway.query(new FindAflopendeTermijnen(team, binnenDagen, paginering.page(),
                paginering.size()), AflopendeTermijnenPagina.class).join();
    }

    @GetMapping("/medewerkers/{gebruikersnaam}/casussen")
    @Operation(summary = "Open casussen waarvan de medewerker casusregisseur is",
            description = "Van een collega alleen de casussen die hij of zij voor je eigen team regisseert.")
    CasussenPagina casussen(@PathVariable @Gebruikersnaam String gebruikersnaam,
                            @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = Paginering.DEFAULT_SIZE) int size,
                            @RequestParam(required = false) String volgorde, Authentication authentication) {
        Medewerker medewerker = Toegang.medewerker(authentication);
        String collega = Identiteit.normaliseer(gebruikersnaam);
        String alleenTeam = medewerker.gebruikersnaam().equals(collega)
                ? null
                : Toegang.metTeam(authentication).team();
        return casussen(collega, alleenTeam, page, size, volgorde);
    }

    @GetMapping("/mijn/casussen")
    @Operation(summary = "Mijn open casussen als casusregisseur")
    CasussenPagina mijnCasussen(@RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = Paginering.DEFAULT_SIZE) int size,
                                @RequestParam(required = false) String volgorde, Authentication authentication) {
        return casussen(Toegang.medewerker(authentication).gebruikersnaam(), null, page, size, volgorde);
    }

    private CasussenPagina casussen(String gebruikersnaam, String alleenTeam, int page, int size, String volgorde) {
        Paginering paginering = Paginering.of(page, size);
        return queryGateway.query(new FindCasussenVanMedewerker(gebruikersnaam, alleenTeam, paginering.page(),
                paginering.size(), volgorde(volgorde)), CasussenPagina.class).join();
    }

    private static Volgorde volgorde(String waarde) {
        Volgorde volgorde = Keuzeparameter.lees("volgorde", waarde, Volgorde.class);
        return volgorde == null ? Volgorde.OUDSTE_EERST : volgorde;
    }
}
