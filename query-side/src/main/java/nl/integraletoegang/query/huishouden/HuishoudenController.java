package nl.integraletoegang.query.huishouden;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import nl.integraletoegang.api.huishouden.HuishoudenOverzicht;
import nl.integraletoegang.api.veld.Identificatie;
import nl.integraletoegang.platform.security.Medewerker;
import nl.integraletoegang.platform.invoer.OngeldigeParameterException;
import nl.integraletoegang.platform.security.Toegang;
import nl.integraletoegang.query.inzage.HuishoudenToegang;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

@RestController
@RequestMapping("/api/huishoudens")
@Tag(name = "Huishoudens", description = "1 huishouden, 1 plan, 1 regisseur")
class HuishoudenController {

    /** Says whether the answer shows at least the asked {@code minimaleVersie}. */
    static final String VERSIE_BEREIKT = "X-Versie-Bereikt";

    private final HuishoudenInzage inzage;
    private final HuishoudenVersieProjection versies;
    private final HuishoudenToegang toegang;
    private final VersieWachter wachter;
    private final Duration geduld;

    HuishoudenController(HuishoudenInzage inzage, HuishoudenVersieProjection versies, HuishoudenToegang toegang,
                         VersieWachter wachter,
                         @Value("${integrale-toegang.query.minimale-versie-geduld:3s}") Duration geduld) {
        this.inzage = inzage;
        this.versies = versies;
        this.toegang = toegang;
        this.wachter = wachter;
        this.geduld = geduld;
    }

    @GetMapping("/{huishoudenId}")
    @Operation(summary = "Overzicht van een huishouden", description = "De leden en de open casus met zijn hulpvragen. Alleen voor wie aan het huishouden werkt; "
            + "elke inzage komt in het inzagelog.")
    HuishoudenOverzicht overzicht(@PathVariable @Identificatie String huishoudenId, Authentication authentication) {
        return inzage.inzien(huishoudenId, authentication);
    }

    /**
     * Read your own writes: waits (without holding a request thread) until the overview shows at least the version a
     * write returned, at most a few seconds, then answers with what it has and says in {@value #VERSIE_BEREIKT}
     * whether the version was reached. A worker without access waits as long as for an unknown household, so the
     * time of the answer reveals nothing either.
     */
    @GetMapping(value = "/{huishoudenId}", params = "minimaleVersie")
    @Operation(summary = "Overzicht van een huishouden, minstens in een bepaalde versie",
            description = "Wacht tot het overzicht minstens de versie toont die een schrijfactie teruggaf (hoogstens "
                    + "enkele seconden) en antwoordt dan met wat er is; de header X-Versie-Bereikt zegt of die versie "
                    + "bereikt is.")
    DeferredResult<ResponseEntity<HuishoudenOverzicht>> overzichtVanafVersie(
            @PathVariable String huishoudenId,
            @Parameter(description = "De versie (ETag) die een schrijfactie teruggaf") @RequestParam long minimaleVersie,
            Authentication authentication) {
        if (minimaleVersie < 0) {
            throw new OngeldigeParameterException("minimaleVersie",
                    "minimaleVersie moet een versie van het huishouden zijn: 0 of groter.");
        }
        Medewerker medewerker = Toegang.medewerker(authentication);
        DeferredResult<ResponseEntity<HuishoudenOverzicht>> antwoord =
                new DeferredResult<>(geduld.plusSeconds(5).toMillis());
        var context = SecurityContextHolder.getContext();
        wachter.wachtTot(() -> versies.versie(huishoudenId).filter(versie -> versie >= minimaleVersie).isPresent()
                                && toegang.magInzien(medewerker, huishoudenId), geduld)
                .whenComplete((bereikt, fout) -> wachter.voerUit(new DelegatingSecurityContextRunnable(() -> {
                    try {
                        if (fout != null) {
                            antwoord.setErrorResult(fout);
                            return;
                        }
                        antwoord.setResult(ResponseEntity.ok()
                                .header(VERSIE_BEREIKT, String.valueOf(bereikt))
                                .body(inzage.inzien(huishoudenId, authentication)));
                    } catch (RuntimeException e) {
                        antwoord.setErrorResult(e);
                    }
                }, context)));
        return antwoord;
    }
}
