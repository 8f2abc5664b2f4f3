package nl.integraletoegang.command.generator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.integraletoegang.api.veld.Kalenderdatum;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The data generator for beheerders: fills this service with a fictitious municipality, for a demonstration or a
 * test environment. It exists only where {@code integrale-toegang.generator.enabled=true}; the security configuration
 * lets only beheerders reach {@code /api/beheer/**}.
 */
@RestController
@RequestMapping("/api/beheer/generator")
@ConditionalOnProperty(name = "integrale-toegang.generator.enabled", havingValue = "true")
@Tag(name = "Beheer", description = "Een fictieve gemeente genereren (alleen beheerders, alleen waar ingeschakeld)")
class GeneratorController {

    private static final Logger log = LoggerFactory.getLogger(GeneratorController.class);

    /**
     * @param huishoudens how many households (1 to 1,000,000)
     * @param jaren over how many years (1 to 20)
     * @param seed the same seed gives the same municipality
     * @param tot the present of the history; empty is today
     */
    record GeneratorVerzoek(
            @NotNull(message = "Geef het aantal huishoudens.")
            @Min(value = 1, message = "Genereer ten minste één huishouden.")
            @Max(value = 1_000_000, message = "Genereer hoogstens 1.000.000 huishoudens per keer.") Integer huishoudens,
            @NotNull(message = "Geef over hoeveel jaar.")
            @Min(value = 1, message = "Genereer ten minste één jaar.")
            @Max(value = 20, message = "Genereer hoogstens twintig jaar.") Integer jaren,
            Long seed,
            @Kalenderdatum LocalDate tot) {
    }

    private final GemeenteGenerator generator;
    private final ExecutorService achtergrond = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "generator-opdracht");
        thread.setDaemon(true);
        return thread;
    });

    private Future<?> lopend;

    GeneratorController(GemeenteGenerator generator) {
        this.generator = generator;
    }

    @PostMapping
    @Operation(summary = "Genereer een fictieve gemeente", description = "Huishoudens met hun casussen over de "
            + "gegeven jaren, via de command-kant: meldingen, triage, plannen, termijnen, escalaties, afsluitingen en "
            + "heropeningen. Dezelfde seed geeft dezelfde gemeente. Het genereren loopt op de achtergrond; volg het "
            + "met GET. 409 als er al een generatie loopt.")
    synchronized ResponseEntity<GemeenteGenerator.Stand> genereer(@Valid @RequestBody GeneratorVerzoek verzoek) {
        if (lopend != null && !lopend.isDone()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "Er loopt al een generatie; wacht tot die klaar is.");
            throw new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
        }
        GemeenteGenerator.Opdracht opdracht = new GemeenteGenerator.Opdracht(verzoek.huishoudens(), verzoek.jaren(),
                verzoek.seed() == null ? 42 : verzoek.seed(), verzoek.tot(), true);
        lopend = achtergrond.submit(() -> {
            try {
                generator.genereer(opdracht);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.error("The generator stopped: {}", e.getClass().getSimpleName());
            }
        });
        // the run registers itself as it starts; until then the answer shows the request accepted
        return ResponseEntity.accepted().body(new GemeenteGenerator.Stand(true, opdracht.huishoudens(), 0, 0, 0, 0,
                0, null));
    }

    @GetMapping
    @Operation(summary = "Stand van de generatie", description = "Huishoudens klaar en mislukt, commands, events en "
            + "snelheid van de lopende of laatste generatie; 404 als er in dit proces nog geen liep.")
    GemeenteGenerator.Stand stand() {
        GemeenteGenerator.Stand stand = generator.stand();
        if (stand == null) {
            throw new ErrorResponseException(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(
                    HttpStatus.NOT_FOUND, "Er is in dit proces nog geen gemeente gegenereerd."), null);
        }
        return stand;
    }
}
