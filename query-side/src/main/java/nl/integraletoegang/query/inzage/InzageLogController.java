package nl.integraletoegang.query.inzage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import nl.integraletoegang.api.medewerker.Rol;
import nl.integraletoegang.api.tijd.Tijdzone;
import nl.integraletoegang.api.veld.Gebruikersnaam;
import nl.integraletoegang.api.veld.Identificatie;
import nl.integraletoegang.platform.invoer.Datumparameter;
import nl.integraletoegang.platform.invoer.GeenToegangException;
import nl.integraletoegang.platform.invoer.OngeldigeParameterException;
import nl.integraletoegang.query.Paginering;
import nl.integraletoegang.platform.security.Toegang;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The access log for auditors. Read-only: deliberately no endpoint writes, changes or removes entries. */
@RestController
@Tag(name = "Inzagelog", description = "Wie zag welk huishouden, wanneer en via welk endpoint (voor auditors)")
class InzageLogController {

    private final InzageLog inzageLog;

    InzageLogController(InzageLog inzageLog) {
        this.inzageLog = inzageLog;
    }

    @GetMapping("/api/inzage-log")
    @Operation(summary = "Inzagelog", description = "Elke inzage in de persoonsgegevens van een huishouden, nieuwste "
            + "eerst; filter op huishouden, gebruiker en periode (dagen in Nederlandse tijd, tot en met 'tot').")
    InzageLogPagina inzageLog(@RequestParam(required = false) @Identificatie String huishoudenId,
                              @RequestParam(required = false) @Gebruikersnaam String gebruiker,
                              @Parameter(description = "eerste dag, bijvoorbeeld 2026-01-01")
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                              LocalDate van,
                              @Parameter(description = "laatste dag (inclusief)")
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                              LocalDate tot,
                              @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = Paginering.DEFAULT_SIZE) int size,
                              Authentication authentication) {
        if (Toegang.medewerker(authentication).rol() != Rol.AUDITOR) {
            throw new GeenToegangException("Het inzagelog is er voor auditors.");
        }
        Datumparameter.binnenBereik("van", van);
        Datumparameter.binnenBereik("tot", tot);
        if (van != null && tot != null && tot.isBefore(van)) {
            throw new OngeldigeParameterException("tot", "De periode is leeg: 'tot' (%s) ligt voor 'van' (%s)."
                    .formatted(tot, van));
        }
        Paginering paginering = Paginering.of(page, size);
        Instant vanaf = van == null ? null : van.atStartOfDay(Tijdzone.NEDERLAND).toInstant();
        Instant totVoor = tot == null ? null : tot.plusDays(1).atStartOfDay(Tijdzone.NEDERLAND).toInstant();
        return inzageLog.zoek(leeg(huishoudenId), leeg(gebruiker), vanaf, totVoor, paginering.page(),
                paginering.size());
    }

    private static String leeg(String waarde) {
        return waarde == null || waarde.isBlank() ? null : waarde.strip();
    }
}
