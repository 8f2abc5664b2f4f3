package nl.integraletoegang.query.historie;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import nl.integraletoegang.api.historie.CasusHistorie;
import nl.integraletoegang.api.historie.FindCasusHistorie;
import nl.integraletoegang.query.NotFoundException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/casussen")
@Tag(name = "Casushistorie", description = "Wie deed wat, wanneer en waarom")
class CasusHistorieController {

    private final QueryGateway queryGateway;

    CasusHistorieController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/{casusId}/historie")
    @Operation(summary = "Historie van een casus", description = "Elke gebeurtenis met tijdstip, actor, rol, team en reden.")
    CasusHistorie historie(@PathVariable String casusId) {
        Optional<CasusHistorie> historie = queryGateway.query(new FindCasusHistorie(casusId),
                ResponseTypes.optionalInstanceOf(CasusHistorie.class)).join();
        return historie.orElseThrow(() -> new NotFoundException("Er is geen casus met id " + casusId + "."));
    }
}
