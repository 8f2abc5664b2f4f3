package nl.integraletoegang.query.huishouden;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.integraletoegang.api.huishouden.FindHuishoudenOverzicht;
import nl.integraletoegang.api.huishouden.HuishoudenOverzicht;
import nl.integraletoegang.platform.security.Medewerker;
import nl.integraletoegang.query.NotFoundException;
import nl.integraletoegang.query.Toegang;
import nl.integraletoegang.query.inzage.HuishoudenToegang;
import nl.integraletoegang.query.inzage.InzageLog;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/huishoudens")
@Tag(name = "Huishoudens", description = "1 huishouden, 1 plan, 1 regisseur")
class HuishoudenController {

    private final QueryGateway queryGateway;
    private final HuishoudenToegang toegang;
    private final InzageLog inzageLog;

    HuishoudenController(QueryGateway queryGateway, HuishoudenToegang toegang, InzageLog inzageLog) {
        this.queryGateway = queryGateway;
        this.toegang = toegang;
        this.inzageLog = inzageLog;
    }

    @GetMapping("/{huishoudenId}")
    @Operation(summary = "Overzicht van een huishouden", description = "De leden en de open casus met zijn hulpvragen. Alleen voor wie aan het huishouden werkt; "
            + "elke inzage komt in het inzagelog.")
    HuishoudenOverzicht overzicht(@PathVariable String huishoudenId, Authentication authentication) {
        Medewerker medewerker = Toegang.medewerker(authentication);
        // Without need to know the answer is the same as for an unknown household: a guessed id reveals nothing.
        if (!toegang.magInzien(medewerker, huishoudenId)) {
            throw onbekend(huishoudenId);
        }
        HuishoudenOverzicht overzicht = queryGateway.query(new FindHuishoudenOverzicht(huishoudenId),
                ResponseTypes.optionalInstanceOf(HuishoudenOverzicht.class)).join()
                .orElseThrow(() -> onbekend(huishoudenId));
        inzageLog.registreer(medewerker, huishoudenId, null);
        return overzicht;
    }

    static NotFoundException onbekend(String huishoudenId) {
        return new NotFoundException("Er is geen huishouden met id " + huishoudenId + ".");
    }
}
