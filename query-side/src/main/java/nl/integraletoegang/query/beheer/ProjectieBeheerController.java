package nl.integraletoegang.query.beheer;

import nl.integraletoegang.api.beheer.Projectiebeheer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.integraletoegang.api.veld.VrijeTekst;
import nl.integraletoegang.platform.security.Toegang;
import org.springframework.security.core.Authentication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Projections for the beheerder: their state, a rebuild from the event store, and their dead letters. */
@RestController
@RequestMapping("/api/beheer/projecties")
@Tag(name = "Beheer", description = "Projecties herbouwen, vastgelopen huishoudens en dead letters opnieuw verwerken "
        + "of overslaan (alleen beheerders)")
class ProjectieBeheerController {

    private final Projecties projecties;

    ProjectieBeheerController(Projecties projecties) {
        this.projecties = projecties;
    }

    @GetMapping
    @Operation(summary = "Stand van alle projecties", description = "Of ze lopen of herbouwen, hoeveel events ze "
            + "achterlopen en hoeveel dead letters ze hebben.")
    List<Projectiebeheer.Stand> standen() {
        return projecties.standen();
    }

    @GetMapping("/{naam}")
    @Operation(summary = "Stand van één projectie")
    Projectiebeheer.Stand stand(@PathVariable String naam) {
        return projecties.stand(naam);
    }

    @PostMapping("/{naam}/herbouw")
    @Operation(summary = "Herbouw een projectie uit de event store",
            description = "Leegt de tabellen van de projectie en verwerkt alle events opnieuw. Het herbouwen loopt "
                    + "op de achtergrond; volg het via de stand van de projectie.")
    ResponseEntity<Projectiebeheer.Stand> herbouw(@PathVariable String naam) {
        projecties.herbouw(naam);
        return ResponseEntity.accepted().body(projecties.stand(naam));
    }

    @GetMapping("/{naam}/dead-letters")
    @Operation(summary = "Dead letters van een projectie", description = "Events die de projectie niet kon "
            + "verwerken, per volgorde (huishouden), zonder inhoud.")
    List<Projectiebeheer.DeadLetterRegel> deadLetters(@PathVariable String naam) {
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

    @GetMapping("/{naam}/geblokkeerde-huishoudens")
    @Operation(summary = "Huishoudens die in een projectie vastzitten", description = "Per huishouden: hoeveel van "
            + "zijn events in de dead-letter-wachtrij wachten, het eerste (mislukte) event met zijn globale index en "
            + "tijdstip, en de oorzaak (soort fout, zonder persoonsgegevens). De latere events van het huishouden "
            + "wachten achter het eerste.")
    List<Projectiebeheer.GeblokkeerdHuishouden> geblokkeerdeHuishoudens(@PathVariable String naam) {
        return projecties.geblokkeerdeHuishoudens(naam);
    }

    @PostMapping("/{naam}/geblokkeerde-huishoudens/{huishoudenId}/verwerking")
    @Operation(summary = "Verwerk de events van één huishouden opnieuw", description = "Na het oplossen van de "
            + "oorzaak; wat weer mislukt blijft in de wachtrij, met de events erachter. 404 als het huishouden niet "
            + "vastzit.")
    Projectiebeheer.HuishoudenVerwerking verwerkHuishouden(@PathVariable String naam, @PathVariable String huishoudenId) {
        return projecties.verwerkHuishouden(naam, huishoudenId);
    }

    /**
     * Why the beheerder skips the dead letter, and optionally which event they saw at the head of the queue, so
     * that a letter that changed meanwhile is not skipped unseen.
     */
    record OverslagVerzoek(
            @NotBlank(message = "Geef een reden om het event over te slaan; de reden wordt vastgelegd.")
            @VrijeTekst(max = Projecties.OVERSLAG_REDEN_MAX) String reden,
            @Size(max = 255) String eventId) {
    }

    @PostMapping("/{naam}/geblokkeerde-huishoudens/{huishoudenId}/overslag")
    @Operation(summary = "Sla het eerste event van een vastgelopen huishouden over (met reden)", description = "Haalt "
            + "het eerste dead letter van het huishouden uit de wachtrij zonder het te verwerken, zodat de latere "
            + "events van het huishouden worden verwerkt. Wie, wanneer, welk event en waarom komt in het "
            + "overslaglogboek. Het effect van het overgeslagen event komt terug met het herbouwen van de projectie, "
            + "nadat de oorzaak is opgelost. 400 zonder reden, 404 als het huishouden niet vastzit, 409 als het "
            + "opgegeven eventId niet (meer) het eerste is.")
    Projectiebeheer.Overslag slaOver(@PathVariable String naam, @PathVariable String huishoudenId,
                                @Valid @RequestBody OverslagVerzoek verzoek, Authentication authentication) {
        return projecties.slaOver(naam, huishoudenId, verzoek.eventId(), verzoek.reden().strip(),
                Toegang.medewerker(authentication).gebruikersnaam());
    }

    @GetMapping("/{naam}/overslagen")
    @Operation(summary = "Overslaglogboek van een projectie", description = "De overgeslagen dead letters, nieuwste "
            + "eerst (hooguit 200): wie, wanneer, welk event van welk huishouden en waarom.")
    List<Projectiebeheer.Overslag> overslagen(@PathVariable String naam) {
        return projecties.overslagen(naam, 200);
    }
}
