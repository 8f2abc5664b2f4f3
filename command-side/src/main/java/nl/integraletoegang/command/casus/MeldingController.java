package nl.integraletoegang.command.casus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
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
                    + "een nieuwe hulpvraag van die casus. Met een regime start meteen de wettelijke termijn.")
    ResponseEntity<MeldingRegistration> register(@Valid @RequestBody MeldingRequest request,
                                                 Authentication authentication, WriteRequest write) {
        String team = request.team() != null && !request.team().isBlank()
                ? request.team()
                : Medewerker.from(authentication).map(Medewerker::team).orElse(null);
        List<Persoon> leden = request.leden() == null ? List.of() : request.leden().stream()
                .map(lid -> new Persoon(lid.persoonId() == null || lid.persoonId().isBlank()
                        ? UUID.randomUUID().toString() : lid.persoonId(), lid.naam(), lid.geboortedatum(),
                        lid.bsn() == null || lid.bsn().isBlank() ? null : lid.bsn()))
                .toList();
        RequestIds ids = commands.ids(write, request);
        RegisterMelding command = new RegisterMelding(request.huishoudenId(), ids.id("hulpvraag"), ids.id("casus"),
                request.kanaal(), team, request.levensdomeinen(), request.omschrijving(), leden, request.dreigingen(),
                request.wijk(), request.regime(), ids.id("termijn"));
        MeldingRegistration registration = commands.send(command, write, request, null);
        return ResponseEntity.created(URI.create("/api/huishoudens/" + registration.huishoudenId()))
                .eTag("\"" + registration.versie() + "\"")
                .body(registration);
    }
}
