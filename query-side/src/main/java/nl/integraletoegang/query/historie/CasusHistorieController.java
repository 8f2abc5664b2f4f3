package nl.integraletoegang.query.historie;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.integraletoegang.api.historie.CasusHistorie;
import nl.integraletoegang.api.historie.FindCasusHistorie;
import nl.integraletoegang.api.veld.Gebruikersnaam;
import nl.integraletoegang.api.veld.Identificatie;
import nl.integraletoegang.platform.security.Toegang;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/casussen")
@Tag(name = "Casushistorie", description = "Wie deed wat, wanneer en waarom")
class CasusHistorieController {

    private final CasusHistorieInzage inzage;

    CasusHistorieController(CasusHistorieInzage inzage) {
        this.inzage = inzage;
    }

    /** Oldest first reads as a story; newest first is what an auditor checking recent changes wants. */
    enum Volgorde { OUD_NIEUW, NIEUW_OUD }

    @GetMapping("/{casusId}/historie")
    @Operation(summary = "Historie van een casus", description = "Elke gebeurtenis met tijdstip, actor, rol, team en "
            + "reden, per pagina; filter op actor, sorteer oud-nieuw (standaard) of nieuw-oud.")
    CasusHistorie historie(@PathVariable @Identificatie String casusId,
                           @RequestParam(required = false) @Gebruikersnaam String actor,
                           @RequestParam(defaultValue = "OUD_NIEUW") Volgorde volgorde,
                           @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int pagina,
                           @RequestParam(defaultValue = "100") @Min(1) @Max(500) int grootte,
                           Authentication authentication) {
        FindCasusHistorie query = new FindCasusHistorie(casusId, actor, volgorde == Volgorde.NIEUW_OUD, pagina,
                grootte);
        Toegang.medewerker(authentication);
        return inzage.inzien(query);
    }
}
