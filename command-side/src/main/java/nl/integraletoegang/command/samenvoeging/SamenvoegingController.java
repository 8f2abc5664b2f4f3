package nl.integraletoegang.command.samenvoeging;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import nl.integraletoegang.api.samenvoeging.MergeTarget;
import nl.integraletoegang.api.samenvoeging.StartHuishoudenMerge;
import nl.integraletoegang.api.samenvoeging.VerifyMergeTarget;
import nl.integraletoegang.api.veld.Identificatie;
import nl.integraletoegang.api.veld.VrijeTekst;
import nl.integraletoegang.command.web.CommandDispatcher;
import nl.integraletoegang.command.web.RequestIds;
import nl.integraletoegang.command.web.WriteRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/huishoudens/{huishoudenId}/samenvoegingen")
@Tag(name = "Samenvoegen", description = "Een dubbel geregistreerd huishouden samenvoegen")
class SamenvoegingController {

    private final CommandDispatcher commands;

    SamenvoegingController(CommandDispatcher commands) {
        this.commands = commands;
    }

    record SamenvoegingRequest(
            @NotBlank(message = "Geef het huishouden dat je samenvoegt (bronHuishoudenId).")
            @Identificatie String bronHuishoudenId,
            @NotBlank(message = "Geef een reden om de huishoudens samen te voegen.") @VrijeTekst String reden) {
    }

    /** Accepted: the merge runs on as a process; {@code GET .../samenvoegingen} on either household shows how far. */
    record SamenvoegingGestart(String samenvoegingId, String bronHuishoudenId, String doelHuishoudenId,
                               String doelCasusId) {
    }

    @PostMapping
    @Operation(summary = "Voeg huishouden bronHuishoudenId samen in dit huishouden",
            description = "Beide huishoudens hebben een open casus en je werkt aan allebei. De hulpvragen, lopende "
                    + "termijnen, leden en open plan-acties van het bronhuishouden gaan over naar de casus van dit "
                    + "huishouden; de casus van het bronhuishouden sluit met uitkomst SAMENGEVOEGD. Het antwoord is "
                    + "202: de samenvoeging loopt daarna in stappen af.")
    ResponseEntity<SamenvoegingGestart> merge(@PathVariable String huishoudenId,
                                              @Valid @RequestBody SamenvoegingRequest request, WriteRequest write) {
        RequestIds ids = commands.ids(write, request);
        // first the target: it must take the hulpvragen in and the worker must know it, before B locks itself
        MergeTarget doel = commands.send(new VerifyMergeTarget(huishoudenId, request.bronHuishoudenId()),
                new WriteRequest(null, null, write.path()), request, null);
        String samenvoegingId = ids.id("samenvoeging");
        commands.send(new StartHuishoudenMerge(request.bronHuishoudenId(), samenvoegingId, huishoudenId,
                doel.casusId(), request.reden()), write, request, request.reden());
        return ResponseEntity.accepted()
                .location(URI.create("/api/huishoudens/" + huishoudenId + "/samenvoegingen"))
                .body(new SamenvoegingGestart(samenvoegingId, request.bronHuishoudenId(), huishoudenId,
                        doel.casusId()));
    }
}
