package nl.integraletoegang.command.casus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.stream.IntStream;
import nl.integraletoegang.api.casus.MeldingRegistration;
import nl.integraletoegang.api.casus.Persoon;
import nl.integraletoegang.api.casus.RegisterMelding;
import nl.integraletoegang.command.web.CommandDispatcher;
import nl.integraletoegang.command.web.RequestIds;
import nl.integraletoegang.command.web.WriteRequest;
import nl.integraletoegang.platform.security.Medewerker;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/meldingen")
@Tag(name = "Meldingen", description = "Hulpvragen innemen, via elk kanaal en bij elk team")
class MeldingController {

    private final CommandDispatcher commands;

    MeldingController(CommandDispatcher commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "Registreer een melding",
            description = "Zonder open casus opent het huishouden een casus; met een open casus wordt de melding "
                    + "een nieuwe hulpvraag van die casus. Met een regime start meteen de wettelijke termijn. Zonder "
                    + "huishoudenId registreert de melding een nieuw huishouden; is iemand in de melding (op BSN) al "
                    + "lid van een huishouden met een open casus, dan volgt 409 met regel bsn-in-open-casus en het "
                    + "huishoudenId van dat huishouden, tenzij apartRegistreren een reden geeft.")
    ResponseEntity<MeldingRegistration> register(@Valid @RequestBody MeldingRequest request,
                                                 Authentication authentication, WriteRequest write) {
        String team = request.team() != null && !request.team().isBlank()
                ? request.team()
                : Medewerker.from(authentication).map(Medewerker::team).orElse(null);
        RequestIds ids = commands.ids(write, request);
        List<MeldingRequest.LidRequest> gevraagd = request.leden() == null ? List.of() : request.leden();
        // ids the server makes derive from the request id, so a retry with the same Idempotency-Key names the same
        // household and members
        List<Persoon> leden = IntStream.range(0, gevraagd.size()).mapToObj(i -> {
            MeldingRequest.LidRequest lid = gevraagd.get(i);
            return new Persoon(lid.persoonId() == null || lid.persoonId().isBlank() ? ids.id("lid-" + i)
                    : lid.persoonId(), lid.naam(), lid.geboortedatum(),
                    lid.bsn() == null || lid.bsn().isBlank() ? null : lid.bsn(), lid.rol());
        }).toList();
        String huishoudenId = request.huishoudenId() == null || request.huishoudenId().isBlank()
                ? ids.id("huishouden") : request.huishoudenId();
        RegisterMelding command = new RegisterMelding(huishoudenId, ids.id("hulpvraag"), ids.id("casus"),
                request.kanaal(), team, request.levensdomeinen(), request.omschrijving(), leden, request.dreigingen(),
                request.wijk(), request.regime(), ids.id("termijn"), request.adres(), request.apartRegistreren());
        MeldingRegistration registration = commands.send(command, write, request, null);
        return ResponseEntity.created(URI.create("/api/huishoudens/" + registration.huishoudenId()))
                .eTag("\"" + registration.versie() + "\"")
                .body(registration);
    }
}
