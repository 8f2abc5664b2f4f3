package nl.integraletoegang.query.samenvoeging;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.integraletoegang.api.samenvoeging.Samenvoegingen;
import nl.integraletoegang.api.veld.Identificatie;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/huishoudens/{huishoudenId}/samenvoegingen")
@Tag(name = "Samenvoegen", description = "Een dubbel geregistreerd huishouden samenvoegen")
class SamenvoegingenController {

    private final SamenvoegingInzage inzage;

    SamenvoegingenController(SamenvoegingInzage inzage) {
        this.inzage = inzage;
    }

    @GetMapping
    @Operation(summary = "De samenvoegingen van een huishouden",
            description = "Als bron of als doel, nieuwste eerst, met hun stand: GESTART, OPGENOMEN, VOLTOOID of "
                    + "GEANNULEERD (met de regel waarom). samengevoegdIn noemt het huishouden waarin dit huishouden "
                    + "verdergaat. Alleen voor wie aan het huishouden werkt.")
    Samenvoegingen samenvoegingen(@PathVariable @Identificatie String huishoudenId, Authentication authentication) {
        return inzage.inzien(huishoudenId, authentication);
    }
}
