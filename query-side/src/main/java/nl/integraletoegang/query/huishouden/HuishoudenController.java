package nl.integraletoegang.query.huishouden;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.integraletoegang.api.huishouden.HuishoudenOverzicht;
import nl.integraletoegang.api.veld.Identificatie;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/huishoudens")
@Tag(name = "Huishoudens", description = "1 huishouden, 1 plan, 1 regisseur")
class HuishoudenController {

    private final HuishoudenInzage inzage;

    HuishoudenController(HuishoudenInzage inzage) {
        this.inzage = inzage;
    }

    @GetMapping("/{huishoudenId}")
    @Operation(summary = "Overzicht van een huishouden", description = "De leden en de open casus met zijn hulpvragen. Alleen voor wie aan het huishouden werkt; "
            + "elke inzage komt in het inzagelog.")
    HuishoudenOverzicht overzicht(@PathVariable @Identificatie String huishoudenId, Authentication authentication) {
        return inzage.inzien(huishoudenId, authentication);
    }
}
