package nl.integraletoegang.command.casus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.integraletoegang.api.casus.MeldingRegistration;
import nl.integraletoegang.api.casus.RegisterMelding;
import nl.integraletoegang.platform.audit.AuditMetadataFactory;
import nl.integraletoegang.platform.security.Medewerker;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
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

    private final CommandGateway commandGateway;
    private final AuditMetadataFactory auditMetadata;

    MeldingController(CommandGateway commandGateway, AuditMetadataFactory auditMetadata) {
        this.commandGateway = commandGateway;
        this.auditMetadata = auditMetadata;
    }

    @PostMapping
    @Operation(summary = "Registreer een melding",
            description = "Zonder open casus opent het huishouden een casus; met een open casus wordt de melding "
                    + "een nieuwe hulpvraag van die casus.")
    ResponseEntity<MeldingRegistration> register(@Valid @RequestBody MeldingRequest request,
                                                 Authentication authentication) {
        String team = request.team() != null && !request.team().isBlank()
                ? request.team()
                : Medewerker.from(authentication).map(Medewerker::team).orElse(null);
        RegisterMelding command = new RegisterMelding(request.huishoudenId(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), request.kanaal(), team, request.levensdomeinen(),
                request.omschrijving(), List.of(), Set.of(), null, null, null);
        MeldingRegistration registration = commandGateway.sendAndWait(
                GenericCommandMessage.asCommandMessage(command).andMetaData(auditMetadata.current()));
        return ResponseEntity.created(URI.create("/api/huishoudens/" + registration.huishoudenId()))
                .body(registration);
    }
}
