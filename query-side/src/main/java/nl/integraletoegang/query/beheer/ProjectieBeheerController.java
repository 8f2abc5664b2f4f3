package nl.integraletoegang.query.beheer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Projections for the beheerder: their state, a rebuild from the event store, and their dead letters. */
@RestController
@RequestMapping("/api/beheer/projecties")
@Tag(name = "Beheer", description = "Projecties herbouwen en dead letters opnieuw verwerken (alleen beheerders)")
class ProjectieBeheerController {

    private final Projecties projecties;

    ProjectieBeheerController(Projecties projecties) {
        this.projecties = projecties;
    }

    @GetMapping
    @Operation(summary = "Stand van alle projecties", description = "Of ze lopen of herbouwen, hoeveel events ze "
            + "achterlopen en hoeveel dead letters ze hebben.")
    List<Projecties.Stand> standen() {
        return projecties.standen();
    }

    @GetMapping("/{naam}")
    @Operation(summary = "Stand van één projectie")
    Projecties.Stand stand(@PathVariable String naam) {
        return projecties.stand(naam);
    }

    @PostMapping("/{naam}/herbouw")
    @Operation(summary = "Herbouw een projectie uit de event store",
            description = "Leegt de tabellen van de projectie en verwerkt alle events opnieuw. Het herbouwen loopt "
                    + "op de achtergrond; volg het via de stand van de projectie.")
    ResponseEntity<Projecties.Stand> herbouw(@PathVariable String naam) {
        projecties.herbouw(naam);
        return ResponseEntity.accepted().body(projecties.stand(naam));
    }

    @GetMapping("/{naam}/dead-letters")
    @Operation(summary = "Dead letters van een projectie", description = "Events die de projectie niet kon "
            + "verwerken, per volgorde (huishouden), zonder inhoud.")
    List<Projecties.DeadLetterRegel> deadLetters(@PathVariable String naam) {
        return projecties.deadLetters(naam);
    }

    record Verwerking(int verwerkt, long resterend) {
    }

    @PostMapping("/{naam}/dead-letters/verwerking")
    @Operation(summary = "Verwerk de dead letters opnieuw", description = "Na het oplossen van de oorzaak; wat "
            + "weer mislukt blijft in de wachtrij.")
    Verwerking verwerk(@PathVariable String naam) {
        int verwerkt = projecties.verwerkDeadLetters(naam);
        return new Verwerking(verwerkt, projecties.stand(naam).deadLetters());
    }
}
