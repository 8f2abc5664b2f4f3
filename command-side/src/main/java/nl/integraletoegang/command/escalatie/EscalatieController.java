package nl.integraletoegang.command.escalatie;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.UUID;
import nl.integraletoegang.api.audit.Identiteit;
import nl.integraletoegang.api.escalatie.ApproveMaatwerkbudget;
import nl.integraletoegang.api.escalatie.DecideDoorbraak;
import nl.integraletoegang.api.escalatie.EscalateToDoorbraakteam;
import nl.integraletoegang.api.escalatie.EscalateToProcesregisseur;
import nl.integraletoegang.api.escalatie.EscalateUnderAve;
import nl.integraletoegang.api.escalatie.EscalatieNiveau;
import nl.integraletoegang.api.escalatie.EscalatieReden;
import nl.integraletoegang.api.escalatie.HandBackCasus;
import nl.integraletoegang.api.escalatie.Pijler;
import nl.integraletoegang.api.escalatie.RecordEscalatieBesluit;
import nl.integraletoegang.api.escalatie.RefuseMaatwerkbudget;
import nl.integraletoegang.api.escalatie.RequestMaatwerkbudget;
import nl.integraletoegang.api.escalatie.TakeUpEscalatie;
import nl.integraletoegang.api.veld.Gebruikersnaam;
import nl.integraletoegang.api.veld.VrijeTekst;
import nl.integraletoegang.command.web.Aangemaakt;
import nl.integraletoegang.command.web.Bijgewerkt;
import nl.integraletoegang.command.web.CommandDispatcher;
import nl.integraletoegang.command.web.WriteRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/huishoudens/{huishoudenId}/casussen/{casusId}")
@Tag(name = "Escalatie", description = "Procesregisseur, doorbraakteam en verdere AVE-niveaus; doorbraak en "
        + "maatwerkbudget")
class EscalatieController {

    private final CommandDispatcher commands;

    EscalatieController(CommandDispatcher commands) {
        this.commands = commands;
    }

    record EscalatieRequest(
            @NotNull(message = "Kies de reden van de escalatie.") EscalatieReden reden,
            @NotBlank(message = "Licht de escalatie toe.") @VrijeTekst(max = VrijeTekst.MIDDEL) String toelichting) {
    }

    @PostMapping("/escalaties")
    @Operation(summary = "Escaleer naar een procesregisseur")
    ResponseEntity<Aangemaakt> escalate(@PathVariable String huishoudenId, @PathVariable String casusId,
                                        @Valid @RequestBody EscalatieRequest request, WriteRequest write) {
        String escalatieId = commands.ids(write, request).id("escalatie");
        long versie = commands.send(new EscalateToProcesregisseur(huishoudenId, casusId, escalatieId,
                request.reden(), request.toelichting(), write.expectedVersion()), write, request, null);
        return Aangemaakt.created(escalatieId, huishoudenId, casusId, versie);
    }

    @PostMapping("/escalatie/doorbraakteam")
    @Operation(summary = "Escaleer door naar het doorbraakteam")
    ResponseEntity<Bijgewerkt> escalateToDoorbraakteam(@PathVariable String huishoudenId,
                                                       @PathVariable String casusId,
                                                       @Valid @RequestBody EscalatieRequest request,
                                                       WriteRequest write) {
        long versie = commands.send(new EscalateToDoorbraakteam(huishoudenId, casusId, request.reden(),
                request.toelichting(), write.expectedVersion()), write, request, null);
        return Bijgewerkt.ok(huishoudenId, casusId, versie);
    }

    record AveRequest(
            @NotNull(message = "Kies het AVE-niveau.") EscalatieNiveau niveau,
            @NotNull(message = "Kies de reden van de escalatie.") EscalatieReden reden,
            @NotBlank(message = "Licht de escalatie toe.") @VrijeTekst(max = VrijeTekst.MIDDEL) String toelichting) {
    }

    @PostMapping("/escalatie/ave")
    @Operation(summary = "Escaleer verder volgens de Aanpak Voorkomen Escalatie")
    ResponseEntity<Bijgewerkt> escalateUnderAve(@PathVariable String huishoudenId, @PathVariable String casusId,
                                                @Valid @RequestBody AveRequest request, WriteRequest write) {
        long versie = commands.send(new EscalateUnderAve(huishoudenId, casusId, request.niveau(), request.reden(),
                request.toelichting(), write.expectedVersion()), write, request, null);
        return Bijgewerkt.ok(huishoudenId, casusId, versie);
    }

    @PostMapping("/escalatie/oppakken")
    @Operation(summary = "Pak de escalatie op (als procesregisseur, doorbraakteam of AVE-niveau)")
    ResponseEntity<Bijgewerkt> takeUp(@PathVariable String huishoudenId, @PathVariable String casusId,
                                      Authentication user, WriteRequest write) {
        String behandelaar = Identiteit.normaliseer(user.getName());
        long versie = commands.send(new TakeUpEscalatie(huishoudenId, casusId, behandelaar,
                write.expectedVersion()), write, behandelaar, null);
        return Bijgewerkt.ok(huishoudenId, casusId, versie);
    }

    record BesluitRequest(@NotBlank(message = "Beschrijf het besluit.")
    @VrijeTekst(max = VrijeTekst.MIDDEL) String besluit) {
    }

    @PostMapping("/escalatie/besluiten")
    @Operation(summary = "Leg een besluit vast")
    ResponseEntity<Bijgewerkt> recordBesluit(@PathVariable String huishoudenId, @PathVariable String casusId,
                                             @Valid @RequestBody BesluitRequest request, WriteRequest write) {
        long versie = commands.send(new RecordEscalatieBesluit(huishoudenId, casusId, request.besluit(),
                write.expectedVersion()), write, request, null);
        return Bijgewerkt.ok(huishoudenId, casusId, versie);
    }

    record TeruggaveRequest(
            @NotBlank(message = "Geef het plan mee waarmee alle partijen akkoord zijn.")
            @VrijeTekst(max = VrijeTekst.LANG) String afgesprokenPlan) {
    }

    @PostMapping("/escalatie/teruggave")
    @Operation(summary = "Geef de casus terug aan de casusregisseur met het afgesproken plan")
    ResponseEntity<Bijgewerkt> handBack(@PathVariable String huishoudenId, @PathVariable String casusId,
                                        @Valid @RequestBody TeruggaveRequest request, WriteRequest write) {
        long versie = commands.send(new HandBackCasus(huishoudenId, casusId, request.afgesprokenPlan(),
                write.expectedVersion()), write, request, null);
        return Bijgewerkt.ok(huishoudenId, casusId, versie);
    }

    record PijlerRequest(
            @NotNull(message = "Beantwoord de vraag met ja of nee.") Boolean ja,
            @NotBlank(message = "Elke pijler heeft een motivering.")
            @VrijeTekst(max = VrijeTekst.MIDDEL) String motivering) {

        Pijler toPijler() {
            return new Pijler(ja, motivering);
        }
    }

    record DoorbraakRequest(
            @NotNull(message = "Beantwoord de vraag naar de legitimiteit.") @Valid PijlerRequest legitimiteit,
            @NotNull(message = "Beantwoord de vraag naar de betrokkenheid.") @Valid PijlerRequest betrokkenheid,
            @NotNull(message = "Beantwoord de vraag naar het rendement.") @Valid PijlerRequest rendement,
            @NotBlank(message = "Beschrijf de oplossing.") @VrijeTekst(max = VrijeTekst.LANG) String oplossing) {
    }

    @PostMapping("/doorbraken")
    @Operation(summary = "Besluit over een doorbraak", description = "Goedgekeurd alleen als legitimiteit, "
            + "betrokkenheid en rendement elk 'ja' zijn, met motivering; anders wordt de doorbraak afgewezen.")
    ResponseEntity<Aangemaakt> decideDoorbraak(@PathVariable String huishoudenId, @PathVariable String casusId,
                                               @Valid @RequestBody DoorbraakRequest request, WriteRequest write) {
        String doorbraakId = commands.ids(write, request).id("doorbraak");
        long versie = commands.send(new DecideDoorbraak(huishoudenId, casusId, doorbraakId,
                request.legitimiteit().toPijler(), request.betrokkenheid().toPijler(),
                request.rendement().toPijler(), request.oplossing(), write.expectedVersion()), write, request, null);
        return Aangemaakt.created(doorbraakId, huishoudenId, casusId, versie);
    }

    record BudgetAanvraagRequest(
            @NotNull(message = "Geef het bedrag.") @DecimalMin(value = "0.01", message = "Het bedrag moet groter "
                    + "zijn dan nul.") @Digits(integer = 9, fraction = 2, message = "Geef het bedrag in euro's met "
                    + "hoogstens twee decimalen.") BigDecimal bedrag,
            @VrijeTekst String bestemming) {
    }

    @PostMapping("/doorbraken/{doorbraakId}/maatwerkbudget")
    @Operation(summary = "Vraag maatwerkbudget aan voor een goedgekeurde doorbraak",
            description = "De aanvrager is de ingelogde medewerker van het doorbraakteam. Het budget is pas "
                    + "toegekend als een ander lid van het doorbraakteam het goedkeurt (vier ogen).")
    ResponseEntity<Bijgewerkt> requestBudget(@PathVariable String huishoudenId, @PathVariable String casusId,
                                             @PathVariable String doorbraakId,
                                             @Valid @RequestBody BudgetAanvraagRequest request,
                                             WriteRequest write) {
        long versie = commands.send(new RequestMaatwerkbudget(huishoudenId, casusId, doorbraakId, request.bedrag(),
                request.bestemming(), write.expectedVersion()), write, request, null);
        return Bijgewerkt.ok(huishoudenId, casusId, versie);
    }

    @PostMapping("/doorbraken/{doorbraakId}/maatwerkbudget/goedkeuring")
    @Operation(summary = "Keur het aangevraagde maatwerkbudget goed",
            description = "De goedkeurder is de ingelogde medewerker van het doorbraakteam en moet een ander zijn "
                    + "dan de aanvrager (regel vier-ogen, 409). Zonder body.")
    ResponseEntity<Bijgewerkt> approveBudget(@PathVariable String huishoudenId, @PathVariable String casusId,
                                             @PathVariable String doorbraakId, WriteRequest write) {
        long versie = commands.send(new ApproveMaatwerkbudget(huishoudenId, casusId, doorbraakId,
                write.expectedVersion()), write, doorbraakId, null);
        return Bijgewerkt.ok(huishoudenId, casusId, versie);
    }

    record BudgetAfwijzingRequest(
            @NotBlank(message = "Geef de reden van de afwijzing.") @VrijeTekst(max = VrijeTekst.MIDDEL) String reden) {
    }

    @PostMapping("/doorbraken/{doorbraakId}/maatwerkbudget/afwijzing")
    @Operation(summary = "Wijs het aangevraagde maatwerkbudget af, met een reden",
            description = "Net als goedkeuren: door een ander lid van het doorbraakteam dan de aanvrager (regel "
                    + "vier-ogen, 409). Daarna kan opnieuw budget worden aangevraagd.")
    ResponseEntity<Bijgewerkt> refuseBudget(@PathVariable String huishoudenId, @PathVariable String casusId,
                                            @PathVariable String doorbraakId,
                                            @Valid @RequestBody BudgetAfwijzingRequest request, WriteRequest write) {
        long versie = commands.send(new RefuseMaatwerkbudget(huishoudenId, casusId, doorbraakId, request.reden(),
                write.expectedVersion()), write, request, request.reden());
        return Bijgewerkt.ok(huishoudenId, casusId, versie);
    }
}
