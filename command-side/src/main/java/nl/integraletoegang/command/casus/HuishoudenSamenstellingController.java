package nl.integraletoegang.command.casus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import nl.integraletoegang.api.casus.Persoon;
import nl.integraletoegang.api.huishouden.Adres;
import nl.integraletoegang.api.huishouden.JoinHuishouden;
import nl.integraletoegang.api.huishouden.LeaveHuishouden;
import nl.integraletoegang.api.huishouden.LidRol;
import nl.integraletoegang.api.huishouden.MoveHuishouden;
import nl.integraletoegang.api.veld.Identificatie;
import nl.integraletoegang.api.veld.Kalenderdatum;
import nl.integraletoegang.api.veld.Persoonsnaam;
import nl.integraletoegang.api.veld.VrijeTekst;
import nl.integraletoegang.command.web.Aangemaakt;
import nl.integraletoegang.command.web.Bijgewerkt;
import nl.integraletoegang.command.web.CommandDispatcher;
import nl.integraletoegang.command.web.RequestIds;
import nl.integraletoegang.command.web.WriteRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The household itself: where it lives and who belongs to it, each change with its date. */
@RestController
@RequestMapping("/api/huishoudens/{huishoudenId}")
@Tag(name = "Huishouden", description = "Adres (verhuizing) en leden (erbij komen, vertrekken)")
class HuishoudenSamenstellingController {

    private final CommandDispatcher commands;

    HuishoudenSamenstellingController(CommandDispatcher commands) {
        this.commands = commands;
    }

    record VerhuizingRequest(
            @NotNull(message = "Geef het nieuwe adres.") @Valid Adres adres,
            @NotNull(message = "Geef de datum van de verhuizing.") @Kalenderdatum LocalDate verhuisdatum) {
    }

    @PostMapping("/verhuizing")
    @Operation(summary = "Leg een verhuizing van het huishouden vast",
            description = "Het nieuwe adres (postcode en huisnummer ten minste) met de verhuisdatum. Zonder bekend "
                    + "adres wordt dit het eerste adres van het huishouden.")
    ResponseEntity<Bijgewerkt> move(@PathVariable String huishoudenId, @Valid @RequestBody VerhuizingRequest request,
                                    WriteRequest write) {
        long versie = commands.send(new MoveHuishouden(huishoudenId, request.adres(), request.verhuisdatum(),
                write.expectedVersion()), write, request, null);
        return Bijgewerkt.ok(huishoudenId, null, versie);
    }

    record NieuwLidRequest(
            @Schema(description = "Leeg: de server kiest een id.") @Identificatie String persoonId,
            @NotBlank(message = "Een lid heeft een naam nodig.") @Persoonsnaam String naam,
            @NotNull(message = "Een lid heeft een geboortedatum nodig.")
            @PastOrPresent(message = "De geboortedatum ligt in de toekomst.") @Kalenderdatum LocalDate geboortedatum,
            @ElfProef String bsn,
            LidRol rol,
            @NotNull(message = "Geef de datum waarop het lid bij het huishouden kwam.") @Kalenderdatum LocalDate datum) {
    }

    @PostMapping("/leden")
    @Operation(summary = "Iemand komt bij het huishouden (geboorte, een partner trekt in)",
            description = "Met rol en datum. Is het BSN al van een lid van een ander huishouden met een open casus, "
                    + "dan volgt 409 met regel bsn-in-open-casus en het huishoudenId van dat huishouden.")
    ResponseEntity<Aangemaakt> join(@PathVariable String huishoudenId, @Valid @RequestBody NieuwLidRequest request,
                                    WriteRequest write) {
        RequestIds ids = commands.ids(write, request);
        String persoonId = request.persoonId() == null || request.persoonId().isBlank() ? ids.id("lid")
                : request.persoonId();
        String bsn = request.bsn() == null || request.bsn().isBlank() ? null : request.bsn();
        long versie = commands.send(new JoinHuishouden(huishoudenId, new Persoon(persoonId, request.naam(),
                request.geboortedatum(), bsn, request.rol()), request.datum(), write.expectedVersion()),
                write, request, null);
        return Aangemaakt.created(persoonId, huishoudenId, null, versie);
    }

    record VertrekRequest(
            @NotNull(message = "Geef de datum waarop het lid het huishouden verliet.") @Kalenderdatum LocalDate datum,
            @NotBlank(message = "Geef een reden waarom het lid het huishouden verlaat.") @VrijeTekst String reden) {
    }

    @PostMapping("/leden/{persoonId}/vertrek")
    @Operation(summary = "Een lid verlaat het huishouden (verhuizing, overlijden, uithuisplaatsing)",
            description = "Met datum en reden; het lid blijft in de geschiedenis van het huishouden.")
    ResponseEntity<Bijgewerkt> leave(@PathVariable String huishoudenId, @PathVariable String persoonId,
                                     @Valid @RequestBody VertrekRequest request, WriteRequest write) {
        long versie = commands.send(new LeaveHuishouden(huishoudenId, persoonId, request.datum(), request.reden(),
                // the reason is the member's personal data (in the event): not the household's audit reason
                write.expectedVersion()), write, request, null);
        return Bijgewerkt.ok(huishoudenId, null, versie);
    }
}
