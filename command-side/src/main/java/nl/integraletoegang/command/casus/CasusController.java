package nl.integraletoegang.command.casus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import java.util.Set;
import nl.integraletoegang.api.casus.Casusregisseur;
import nl.integraletoegang.api.casus.ChangeCasusregisseur;
import nl.integraletoegang.api.casus.CloseCasus;
import nl.integraletoegang.api.casus.Levensdomein;
import nl.integraletoegang.api.casus.ReopenCasus;
import nl.integraletoegang.api.casus.RouteHulpvraag;
import nl.integraletoegang.api.casus.TriageCasus;
import nl.integraletoegang.api.casus.Uitkomst;
import nl.integraletoegang.api.casus.Urgentie;
import nl.integraletoegang.api.veld.Code;
import nl.integraletoegang.api.veld.Gebruikersnaam;
import nl.integraletoegang.api.veld.Identificatie;
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
@RequestMapping("/api/huishoudens/{huishoudenId}/casussen/{casusId}")
@Tag(name = "Casus", description = "Routeren, brede uitvraag, casusregisseur, sluiten en heropenen")
class CasusController {

    private final CommandDispatcher commands;

    CasusController(CommandDispatcher commands) {
        this.commands = commands;
    }

    record RouteringRequest(
            @NotBlank(message = "Geef aan welke hulpvraag gerouteerd wordt.") @Identificatie String hulpvraagId,
            @NotBlank(message = "Geef aan naar welk team de hulpvraag gaat.") @Code String naarTeam) {
    }

    @PostMapping("/routering")
    @Operation(summary = "Routeer een hulpvraag naar het team dat haar behandelt")
    ResponseEntity<Bijgewerkt> route(@PathVariable String huishoudenId, @PathVariable String casusId,
                                     @Valid @RequestBody RouteringRequest request, WriteRequest write) {
        long versie = commands.send(new RouteHulpvraag(huishoudenId, casusId, request.hulpvraagId(),
                request.naarTeam(), write.expectedVersion()), write, request, null);
        return Bijgewerkt.ok(huishoudenId, casusId, versie);
    }

    record RegisseurRequest(
            @NotBlank(message = "Geef de gebruikersnaam van de casusregisseur.") @Gebruikersnaam String gebruikersnaam,
            @NotBlank(message = "Geef het team van de casusregisseur.") @Code String team) {

        Casusregisseur toRegisseur() {
            return new Casusregisseur(gebruikersnaam, team);
        }
    }

    record TriageRequest(
            @VrijeTekst(max = VrijeTekst.LANG) String integraleHulpvraag,
            @NotEmpty(message = "Kies ten minste één levensdomein.") Set<@NotNull Levensdomein> levensdomeinen,
            @NotNull(message = "Geef de urgentie aan.") Urgentie urgentie,
            @NotBlank(message = "Geef aan welke hulpvraag het zwaarste vraagstuk is.")
            @Identificatie String zwaarsteVraagstukHulpvraagId,
            @NotNull(message = "Wijs de casusregisseur aan.") @Valid RegisseurRequest regisseur) {
    }

    @PostMapping("/triage")
    @Operation(summary = "Leg de brede uitvraag vast en wijs de casusregisseur aan",
            description = "De casusregisseur komt uit het team dat het zwaarste vraagstuk behandelt.")
    ResponseEntity<Bijgewerkt> triage(@PathVariable String huishoudenId, @PathVariable String casusId,
                                      @Valid @RequestBody TriageRequest request, WriteRequest write) {
        long versie = commands.send(new TriageCasus(huishoudenId, casusId, request.integraleHulpvraag(),
                request.levensdomeinen(), request.urgentie(), request.zwaarsteVraagstukHulpvraagId(),
                request.regisseur().toRegisseur(), write.expectedVersion()), write, request, null);
        return Bijgewerkt.ok(huishoudenId, casusId, versie);
    }

    record WijzigRegisseurRequest(
            @NotBlank(message = "Geef de gebruikersnaam van de nieuwe casusregisseur.")
            @Gebruikersnaam String gebruikersnaam,
            @NotBlank(message = "Geef het team van de nieuwe casusregisseur.") @Code String team,
            @NotBlank(message = "Geef een reden om de casusregisseur te wijzigen.") @VrijeTekst String reden) {
    }

    @PostMapping("/regisseur")
    @Operation(summary = "Wijzig de casusregisseur (met reden)")
    ResponseEntity<Bijgewerkt> changeRegisseur(@PathVariable String huishoudenId, @PathVariable String casusId,
                                               @Valid @RequestBody WijzigRegisseurRequest request,
                                               WriteRequest write) {
        long versie = commands.send(new ChangeCasusregisseur(huishoudenId, casusId,
                new Casusregisseur(request.gebruikersnaam(), request.team()), request.reden(),
                write.expectedVersion()), write, request, request.reden());
        return Bijgewerkt.ok(huishoudenId, casusId, versie);
    }

    record SluitingRequest(
            @NotEmpty(message = "Geef voor elke hulpvraag een uitkomst.")
            Map<@Identificatie String, @NotNull Uitkomst> uitkomsten) {
    }

    @PostMapping("/sluiting")
    @Operation(summary = "Sluit de casus", description = "Alleen als alle plan-acties afgerond of geannuleerd zijn "
            + "en elke hulpvraag een uitkomst heeft.")
    ResponseEntity<Bijgewerkt> close(@PathVariable String huishoudenId, @PathVariable String casusId,
                                     @Valid @RequestBody SluitingRequest request, WriteRequest write) {
        long versie = commands.send(new CloseCasus(huishoudenId, casusId, request.uitkomsten(),
                write.expectedVersion()), write, request, null);
        return Bijgewerkt.ok(huishoudenId, casusId, versie);
    }

    record HeropeningRequest(
            @NotBlank(message = "Geef een reden om de casus te heropenen.") @VrijeTekst String reden) {
    }

    @PostMapping("/heropening")
    @Operation(summary = "Heropen een gesloten casus (met reden)")
    ResponseEntity<Bijgewerkt> reopen(@PathVariable String huishoudenId, @PathVariable String casusId,
                                      @Valid @RequestBody HeropeningRequest request, WriteRequest write) {
        long versie = commands.send(new ReopenCasus(huishoudenId, casusId, request.reden(), write.expectedVersion()),
                write, request, request.reden());
        return Bijgewerkt.ok(huishoudenId, casusId, versie);
    }
}
