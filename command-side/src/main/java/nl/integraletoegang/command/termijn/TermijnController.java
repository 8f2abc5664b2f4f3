package nl.integraletoegang.command.termijn;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.integraletoegang.api.termijn.CompleteTermijn;
import nl.integraletoegang.api.termijn.ResumeTermijn;
import nl.integraletoegang.api.termijn.StartTermijn;
import nl.integraletoegang.api.termijn.SuspendTermijn;
import nl.integraletoegang.api.veld.Code;
import nl.integraletoegang.api.veld.Identificatie;
import nl.integraletoegang.api.veld.VrijeTekst;
import nl.integraletoegang.command.web.Aangemaakt;
import nl.integraletoegang.command.web.Bijgewerkt;
import nl.integraletoegang.command.web.CommandDispatcher;
import nl.integraletoegang.command.web.WriteRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/huishoudens/{huishoudenId}/casussen/{casusId}/termijnen")
@Tag(name = "Termijnen", description = "Wettelijke termijnen starten, opschorten, hervatten en afronden")
class TermijnController {

    private final CommandDispatcher commands;

    TermijnController(CommandDispatcher commands) {
        this.commands = commands;
    }

    record StartRequest(
            @NotBlank(message = "Geef aan voor welke hulpvraag de termijn loopt.") @Identificatie String hulpvraagId,
            @NotBlank(message = "Geef het regime van de termijn op.") @Code String regime) {
    }

    @PostMapping
    @Operation(summary = "Start een termijn voor een hulpvraag", description = "Bijvoorbeeld bij een aanvraag: "
            + "WMO_AANVRAAG_BESCHIKKING, JEUGDWET_AANVRAAG_BESCHIKKING, PARTICIPATIEWET_AANVRAAG_BESLUIT, ...")
    ResponseEntity<Aangemaakt> start(@PathVariable String huishoudenId, @PathVariable String casusId,
                                     @Valid @RequestBody StartRequest request, WriteRequest write) {
        String termijnId = commands.ids(write, request).id("termijn");
        long versie = commands.send(new StartTermijn(huishoudenId, casusId, request.hulpvraagId(), termijnId,
                request.regime(), write.expectedVersion()), write, request, null);
        return Aangemaakt.created(termijnId, huishoudenId, casusId, versie);
    }

    record RedenRequest(@NotBlank(message = "Geef een reden.") @VrijeTekst String reden) {
    }

    @PostMapping("/{termijnId}/opschorting")
    @Operation(summary = "Schort een termijn op (met reden)")
    ResponseEntity<Bijgewerkt> suspend(@PathVariable String huishoudenId, @PathVariable String casusId,
                                       @PathVariable String termijnId, @Valid @RequestBody RedenRequest request,
                                       WriteRequest write) {
        long versie = commands.send(new SuspendTermijn(huishoudenId, casusId, termijnId, request.reden(),
                write.expectedVersion()), write, request, request.reden());
        return Bijgewerkt.ok(huishoudenId, casusId, versie);
    }

    @PostMapping("/{termijnId}/hervatting")
    @Operation(summary = "Hervat een opgeschorte termijn (met reden)")
    ResponseEntity<Bijgewerkt> resume(@PathVariable String huishoudenId, @PathVariable String casusId,
                                      @PathVariable String termijnId, @Valid @RequestBody RedenRequest request,
                                      WriteRequest write) {
        long versie = commands.send(new ResumeTermijn(huishoudenId, casusId, termijnId, request.reden(),
                write.expectedVersion()), write, request, request.reden());
        return Bijgewerkt.ok(huishoudenId, casusId, versie);
    }

    @PostMapping("/{termijnId}/afronding")
    @Operation(summary = "Leg vast dat gedaan is wat de termijn bewaakt")
    ResponseEntity<Bijgewerkt> complete(@PathVariable String huishoudenId, @PathVariable String casusId,
                                        @PathVariable String termijnId, WriteRequest write) {
        long versie = commands.send(new CompleteTermijn(huishoudenId, casusId, termijnId, write.expectedVersion()),
                write, termijnId, null);
        return Bijgewerkt.ok(huishoudenId, casusId, versie);
    }
}
