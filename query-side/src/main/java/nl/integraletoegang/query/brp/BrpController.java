package nl.integraletoegang.query.brp;

import nl.integraletoegang.platform.invoer.BrpParameters;
import nl.integraletoegang.api.brp.AdresVraag;
import nl.integraletoegang.api.brp.BrpPersoon;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.integraletoegang.platform.invoer.NotFoundException;
import nl.integraletoegang.platform.security.Toegang;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The population register for toegangsmedewerkers: a person by BSN and who lives at an address, to prefill the
 * members of a melding. Every lookup is in the access log; a register that cannot answer is a 502, 503 or 504 with a
 * Dutch explanation.
 */
@RestController
@RequestMapping("/api/brp")
@Tag(name = "BRP", description = "Opzoeken in de Basisregistratie Personen om een melding aan te vullen")
class BrpController {

    private final BrpOpzoeking opzoeking;
    private final Clock clock;

    BrpController(BrpOpzoeking opzoeking, Clock clock) {
        this.opzoeking = opzoeking;
        this.clock = clock;
    }

    @GetMapping("/personen/{bsn}")
    @Operation(summary = "Een persoon uit de BRP op BSN",
            description = "Naam, geboortedatum en adres van de persoon. Alleen voor toegangsmedewerkers; elke "
                    + "opzoeking komt in het inzagelog. 404 als de BRP de persoon niet kent.")
    BrpPersoon persoon(@Parameter(description = "BSN (9 cijfers, elfproef)") @PathVariable String bsn,
                       Authentication authentication) {
        String geldig = BrpParameters.bsn(bsn);
        return opzoeking.persoon(Toegang.medewerker(authentication), geldig).orElseThrow(() -> {
            NotFoundException onbekend = new NotFoundException("De BRP kent geen persoon met dit BSN.");
            // not the request's path as the problem's instance: it holds the BSN
            onbekend.getBody().setInstance(URI.create("/api/brp/personen"));
            return onbekend;
        });
    }

    @GetMapping("/bewoners")
    @Operation(summary = "Wie er volgens de BRP op een adres woont",
            description = "De bewoners op een adres (postcode en huisnummer, eventueel huisletter en toevoeging) op "
                    + "een peildatum (standaard vandaag). Alleen voor toegangsmedewerkers; elke opzoeking komt in het "
                    + "inzagelog.")
    List<BrpPersoon> bewoners(@Parameter(description = "Postcode, zoals 7411KL") @RequestParam String postcode,
                              @Parameter(description = "Huisnummer, 1 tot en met 99999") @RequestParam Integer huisnummer,
                              @RequestParam(required = false) String huisletter,
                              @Parameter(description = "Huisnummertoevoeging, hoogstens 4 letters of cijfers")
                              @RequestParam(required = false) String toevoeging,
                              @Parameter(description = "Datum waarop de bewoners er woonden, niet in de toekomst")
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                              LocalDate peildatum,
                              Authentication authentication) {
        AdresVraag adres = BrpParameters.adres(postcode, huisnummer, huisletter, toevoeging);
        LocalDate datum = BrpParameters.peildatum(peildatum, clock);
        return opzoeking.bewoners(Toegang.medewerker(authentication), adres, datum);
    }
}
