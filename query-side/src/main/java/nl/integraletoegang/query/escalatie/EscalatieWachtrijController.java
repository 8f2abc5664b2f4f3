package nl.integraletoegang.query.escalatie;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import nl.integraletoegang.api.escalatie.EscalatieNiveau;
import nl.integraletoegang.api.escalatie.FindOpenEscalaties;
import nl.integraletoegang.api.escalatie.OpenEscalatiesPagina;
import nl.integraletoegang.api.werkvoorraad.Volgorde;
import nl.integraletoegang.platform.security.Medewerker;
import nl.integraletoegang.platform.invoer.GeenToegangException;
import nl.integraletoegang.query.Keuzeparameter;
import nl.integraletoegang.query.Paginering;
import nl.integraletoegang.platform.security.Toegang;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/escalaties")
@Tag(name = "Escalatiewachtrij", description = "Lopende escalaties per niveau, met leeftijd en reden")
class EscalatieWachtrijController {

    private final QueryGateway queryGateway;
    EscalatieWachtrijController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping
    @Operation(summary = "Lopende escalaties", description = "Filter op niveau (PROCESREGISSEUR, DOORBRAAKTEAM of een "
            + "AVE-niveau) en op opgepakt (true/false); oudste eerst, tenzij volgorde=NIEUWSTE_EERST. Een "
            + "procesregisseur ziet de escalaties op zijn niveau, het doorbraakteam die op het zijne en de AVE-niveaus.")
    OpenEscalatiesPagina escalaties(@RequestParam(required = false) String niveau,
                                    @RequestParam(required = false) Boolean opgepakt,
                                    @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = Paginering.DEFAULT_SIZE) int size,
                                    @RequestParam(required = false) String volgorde, Authentication authentication) {
        Medewerker medewerker = Toegang.escalatieNiveau(authentication);
        Paginering paginering = Paginering.of(page, size);
        Volgorde gekozen = Keuzeparameter.lees("volgorde", volgorde, Volgorde.class);
        EscalatieNiveau gevraagd = Keuzeparameter.lees("niveau", niveau, EscalatieNiveau.class);
        Set<EscalatieNiveau> zichtbaar = Toegang.zichtbareNiveaus(medewerker);
        if (gevraagd != null && !zichtbaar.contains(gevraagd)) {
            throw new GeenToegangException("Je ziet alleen de escalaties die op jouw niveau wachten; " + gevraagd
                    + " hoort daar niet bij.");
        }
        OpenEscalatiesPagina pagina = queryGateway.query(new FindOpenEscalaties(
                        gevraagd == null ? zichtbaar : Set.of(gevraagd), opgepakt, paginering.page(),
                        paginering.size(), gekozen == null ? Volgorde.OUDSTE_EERST : gekozen),
                OpenEscalatiesPagina.class).join();
        // the query handler logs each escalation shown (explanation and label are personal data)
        return pagina;
    }
}
