package nl.integraletoegang.query.figuren;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.integraletoegang.api.figuren.FindManagementFiguren;
import nl.integraletoegang.api.figuren.ManagementFiguren;
import nl.integraletoegang.api.figuren.Periodesoort;
import nl.integraletoegang.api.veld.Label;
import nl.integraletoegang.platform.security.Medewerker;
import nl.integraletoegang.api.medewerker.Rol;
import nl.integraletoegang.platform.invoer.Datumparameter;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The management figures over HTTP, as JSON or as a CSV export. They carry no personal data, but they are what
 * management steers on (DESIGN §4), so they are shown to managers and auditors.
 */
@RestController
@Tag(name = "Managementfiguren", description = "Cijfers zonder persoonsgegevens, per periode en wijk")
class ManagementFigurenController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final Set<Rol> MANAGEMENT = EnumSet.of(Rol.MANAGER, Rol.AUDITOR);

    private final QueryGateway queryGateway;

    ManagementFigurenController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping(path = "/api/figuren", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Managementfiguren",
            description = "Wachttijden (melding tot triage en tot vastgesteld plan) en doorlooptijd als mediaan, "
                    + "90e percentiel en gemiddelde in dagen; termijnnaleving per regime; levensdomeinen; escalaties "
                    + "per niveau en reden; uitkomsten en werklast per team. Per week, maand of kwartaal; van en tot "
                    + "worden verruimd tot hele perioden. Ook als CSV: /api/figuren.csv of Accept: text/csv.")
    ManagementFiguren figuren(
            @Parameter(description = "WEEK, MAAND (standaard) of KWARTAAL")
            @RequestParam(required = false) String periode,
            @Parameter(description = "eerste dag, bijvoorbeeld 2026-01-01")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate van,
            @Parameter(description = "laatste dag (inclusief)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tot,
            @Parameter(description = "alleen deze wijk") @RequestParam(required = false) @Label String wijk,
            Authentication authentication) {
        checkManagement(authentication);
        return queryGateway.query(query(periode, van, tot, wijk),
                ResponseTypes.instanceOf(ManagementFiguren.class)).join();
    }

    @GetMapping(path = {"/api/figuren.csv", "/api/figuren"}, produces = "text/csv")
    @Operation(summary = "Managementfiguren als CSV",
            description = "Puntkomma-gescheiden, decimale komma, UTF-8 met BOM: opent zo in Excel. Eén regel per "
                    + "figuur, groep en periode.")
    ResponseEntity<String> csv(
            @RequestParam(required = false) String periode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate van,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tot,
            @RequestParam(required = false) @Label String wijk,
            Authentication authentication) {
        ManagementFiguren figuren = figuren(periode, van, tot, wijk, authentication);
        String bestandsnaam = "managementfiguren-%s%s%s.csv".formatted(figuren.periodesoort().name().toLowerCase(),
                figuren.van() == null ? "" : "-" + figuren.van(), figuren.tot() == null ? "" : "-" + figuren.tot());
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(bestandsnaam).build().toString())
                .body(FigurenCsv.csv(figuren));
    }

    private static FindManagementFiguren query(String periode, LocalDate van, LocalDate tot, String wijk) {
        Datumparameter.binnenBereik("van", van);
        Datumparameter.binnenBereik("tot", tot);
        if (van != null && tot != null && tot.isBefore(van)) {
            throw badRequest("De periode is leeg: 'tot' (%s) ligt voor 'van' (%s).".formatted(tot, van));
        }
        return new FindManagementFiguren(periodesoort(periode), van, tot, wijk);
    }

    private static Periodesoort periodesoort(String periode) {
        if (periode == null || periode.isBlank()) {
            return Periodesoort.MAAND;
        }
        try {
            return Periodesoort.valueOf(periode.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw badRequest("De parameter periode verwacht een van: %s.".formatted(
                    Arrays.stream(Periodesoort.values()).map(Enum::name).collect(Collectors.joining(", "))));
        }
    }

    private static void checkManagement(Authentication authentication) {
        boolean management = Medewerker.from(authentication).map(m -> MANAGEMENT.contains(m.rol())).orElse(false);
        if (!management) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "De managementfiguren zijn er voor managers en auditors.");
            problem.setTitle("Geen toegang");
            throw new ErrorResponseException(HttpStatus.FORBIDDEN, problem, null);
        }
    }

    private static ErrorResponseException badRequest(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Ongeldige vraag");
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }
}
