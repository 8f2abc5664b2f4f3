package nl.integraletoegang.command.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.integraletoegang.api.casus.Levensdomein;
import nl.integraletoegang.api.plan.Actie;
import nl.integraletoegang.api.plan.AdoptPlanVersion;
import nl.integraletoegang.api.plan.CancelPlanActie;
import nl.integraletoegang.api.plan.CompletePlanActie;
import nl.integraletoegang.api.plan.Doel;
import nl.integraletoegang.api.veld.Identificatie;
import nl.integraletoegang.api.veld.Label;
import nl.integraletoegang.api.veld.VrijeTekst;
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
@RequestMapping("/api/huishoudens/{huishoudenId}/casussen/{casusId}/plan")
@Tag(name = "Plan", description = "1 plan per casus: versies vaststellen, acties afronden of annuleren")
class PlanController {

    private final CommandDispatcher commands;

    PlanController(CommandDispatcher commands) {
        this.commands = commands;
    }

    record DoelRequest(
            @NotNull(message = "Elk doel hoort bij een levensdomein.") Levensdomein levensdomein,
            @NotBlank(message = "Elk doel heeft een omschrijving.") @VrijeTekst String omschrijving) {
    }

    record ActieRequest(
            @Identificatie String actieId,
            @NotBlank(message = "Elke actie heeft een omschrijving.") @VrijeTekst String omschrijving,
            @NotBlank(message = "Elke actie heeft een eigenaar.") @Label String eigenaar,
            @NotNull(message = "Elke actie heeft een datum waarop ze klaar moet zijn.") LocalDate deadline) {
    }

    record PlanVersieRequest(
            @NotEmpty(message = "Een plan heeft ten minste één doel.") List<@Valid @NotNull DoelRequest> doelen,
            List<@Valid @NotNull ActieRequest> acties) {
    }

    @PostMapping("/versies")
    @Operation(summary = "Stel een nieuwe versie van het plan vast",
            description = "De nieuwe versie vervangt de vorige; de geschiedenis blijft bewaard. Acties zonder id "
                    + "krijgen een nieuw id; acties met het id van een eerdere actie behouden haar status.")
    ResponseEntity<Bijgewerkt> adopt(@PathVariable String huishoudenId, @PathVariable String casusId,
                                     @Valid @RequestBody PlanVersieRequest request, WriteRequest write) {
        List<Doel> doelen = request.doelen().stream().map(d -> new Doel(d.levensdomein(), d.omschrijving())).toList();
        List<Actie> acties = request.acties() == null ? List.of() : request.acties().stream()
                .map(a -> new Actie(a.actieId() == null || a.actieId().isBlank() ? UUID.randomUUID().toString()
                        : a.actieId(), a.omschrijving(), a.eigenaar(), a.deadline()))
                .toList();
        long versie = commands.send(new AdoptPlanVersion(huishoudenId, casusId, doelen, acties,
                write.expectedVersion()), write, request, null);
        return Bijgewerkt.ok(huishoudenId, casusId, versie);
    }

    @PostMapping("/acties/{actieId}/afronding")
    @Operation(summary = "Rond een plan-actie af")
    ResponseEntity<Bijgewerkt> complete(@PathVariable String huishoudenId, @PathVariable String casusId,
                                        @PathVariable String actieId, WriteRequest write) {
        long versie = commands.send(new CompletePlanActie(huishoudenId, casusId, actieId, write.expectedVersion()),
                write, actieId, null);
        return Bijgewerkt.ok(huishoudenId, casusId, versie);
    }

    record AnnuleringRequest(
            @NotBlank(message = "Geef een reden om de actie te annuleren.") @VrijeTekst String reden) {
    }

    @PostMapping("/acties/{actieId}/annulering")
    @Operation(summary = "Annuleer een plan-actie (met reden)")
    ResponseEntity<Bijgewerkt> cancel(@PathVariable String huishoudenId, @PathVariable String casusId,
                                      @PathVariable String actieId, @Valid @RequestBody AnnuleringRequest request,
                                      WriteRequest write) {
        long versie = commands.send(new CancelPlanActie(huishoudenId, casusId, actieId, request.reden(),
                write.expectedVersion()), write, request, request.reden());
        return Bijgewerkt.ok(huishoudenId, casusId, versie);
    }
}
