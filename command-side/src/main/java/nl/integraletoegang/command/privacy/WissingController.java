package nl.integraletoegang.command.privacy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import nl.integraletoegang.api.privacy.ErasePersoonsgegevens;
import nl.integraletoegang.api.veld.Identificatie;
import nl.integraletoegang.api.veld.VrijeTekst;
import nl.integraletoegang.command.web.CommandDispatcher;
import nl.integraletoegang.command.web.WriteRequest;
import org.axonframework.common.caching.Cache;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Erasure of personal data by a beheerder (the security configuration restricts {@code /api/beheer/**}). */
@RestController
@RequestMapping("/api/beheer/huishoudens/{huishoudenId}/persoonsgegevens/{subjectId}")
@Tag(name = "Beheer: wissen", description = "Persoonsgegevens wissen door de sleutel te vernietigen")
class WissingController {

    private final CommandDispatcher commands;
    private final Cache huishoudens;

    WissingController(CommandDispatcher commands, @Qualifier("huishoudenCache") Cache huishoudens) {
        this.commands = commands;
        this.huishoudens = huishoudens;
    }

    record WissingRequest(
            @NotBlank(message = "Geef een reden om de persoonsgegevens te wissen.") @VrijeTekst String reden) {
    }

    record Gewist(@Identificatie String huishoudenId, String subjectId, long versie) {
    }

    @PostMapping("/wissing")
    @Operation(summary = "Wis de persoonsgegevens van een lid of (met het huishoudenId) van het huishouden",
            description = "Vernietigt de sleutel: in gebeurtenissen, dead letters en overzichten staat daarna "
                    + "[gewist]. Kan niet ongedaan worden gemaakt.")
    ResponseEntity<Gewist> erase(@PathVariable String huishoudenId, @PathVariable String subjectId,
                                 @Valid @RequestBody WissingRequest request, WriteRequest write) {
        long versie = commands.send(new ErasePersoonsgegevens(huishoudenId, subjectId, request.reden()), write,
                request, request.reden());
        // a household kept in memory still holds what was decrypted before the key was destroyed
        huishoudens.remove(huishoudenId);
        return ResponseEntity.ok(new Gewist(huishoudenId, subjectId, versie));
    }
}
