package nl.integraletoegang.query.huishouden;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import nl.integraletoegang.api.huishouden.FindHuishoudenOverzicht;
import nl.integraletoegang.api.huishouden.HuishoudenOverzicht;
import nl.integraletoegang.query.NotFoundException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/huishoudens")
@Tag(name = "Huishoudens", description = "1 huishouden, 1 plan, 1 regisseur")
class HuishoudenController {

    private final QueryGateway queryGateway;

    HuishoudenController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/{huishoudenId}")
    @Operation(summary = "Overzicht van een huishouden", description = "De open casus met zijn hulpvragen.")
    HuishoudenOverzicht overzicht(@PathVariable String huishoudenId) {
        Optional<HuishoudenOverzicht> overzicht = queryGateway.query(new FindHuishoudenOverzicht(huishoudenId),
                ResponseTypes.optionalInstanceOf(HuishoudenOverzicht.class)).join();
        return overzicht.orElseThrow(() -> new NotFoundException("Er is geen huishouden met id " + huishoudenId + "."));
    }
}
