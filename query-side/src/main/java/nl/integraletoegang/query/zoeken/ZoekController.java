package nl.integraletoegang.query.zoeken;

import nl.integraletoegang.platform.invoer.Zoekvraag;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletionException;
import nl.integraletoegang.api.casus.Bsn;
import nl.integraletoegang.api.veld.Kalenderdatum;
import nl.integraletoegang.api.veld.Persoonsnaam;
import nl.integraletoegang.api.zoeken.FindOvereenkomsten;
import nl.integraletoegang.api.zoeken.GevondenHuishouden;
import nl.integraletoegang.api.zoeken.GevondenHuishoudens;
import nl.integraletoegang.api.zoeken.ZoekHuishoudens;
import nl.integraletoegang.platform.invoer.OngeldigeParameterException;
import nl.integraletoegang.query.Paginering;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/huishoudens")
@Tag(name = "Huishoudens zoeken", description = "Eerst zoeken, dan registreren: op BSN, adres of naam, en het "
        + "voorstel bij een melding")
class ZoekController {

    private final QueryGateway queryGateway;

    ZoekController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/zoeken")
    @Operation(summary = "Huishoudens zoeken",
            description = "Op bsn (exact, met elfproef), op postcode en huisnummer, of op naam (hoofdletters, "
                    + "accenten en streepjes tellen niet mee; het begin van een naam en een tikfout vinden ook), "
                    + "eventueel met geboortedatum. Alleen voor toegangsmedewerkers. Het antwoord toont per huishouden "
                    + "het label, de initialen en geboortejaren van de leden, of er een open casus is en het team van "
                    + "de regisseur. Elke zoekvraag komt in het inzagelog, de zoektermen niet leesbaar.")
    GevondenHuishoudens zoeken(@RequestParam(required = false) String bsn,
                               @RequestParam(required = false) String postcode,
                               @RequestParam(required = false) String huisnummer,
                               @RequestParam(required = false) String naam,
                               @RequestParam(required = false) String geboortedatum,
                               @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = Paginering.DEFAULT_SIZE) int size) {
        Paginering paginering = Paginering.of(page, size);
        String geldigBsn = Zoekvraag.bsn("bsn", bsn);
        String geldigePostcode = Zoekvraag.postcode("postcode", postcode);
        Integer geldigHuisnummer = Zoekvraag.huisnummer("huisnummer", huisnummer);
        String geldigeNaam = Zoekvraag.naam("naam", naam);
        LocalDate geldigeDatum = Zoekvraag.geboortedatum("geboortedatum", geboortedatum);
        int manieren = (geldigBsn == null ? 0 : 1) + (geldigePostcode == null && geldigHuisnummer == null ? 0 : 1)
                + (geldigeNaam == null ? 0 : 1);
        if (manieren != 1 || (geldigePostcode == null) != (geldigHuisnummer == null)
                || (geldigeDatum != null && geldigeNaam == null)) {
            throw new OngeldigeParameterException("zoekvraag", "Zoek op één manier: op bsn, op postcode met "
                    + "huisnummer, of op naam (eventueel met geboortedatum).");
        }
        return vraag(() -> queryGateway.query(new ZoekHuishoudens(geldigBsn, geldigePostcode, geldigHuisnummer,
                geldigeNaam, geldigeDatum, paginering.page(), paginering.size()), GevondenHuishoudens.class).join());
    }

    /** What a worker typed for a melding, to propose the households it may belong to. */
    record OvereenkomstVerzoek(
            @Size(max = 20, message = "Hoogstens 20 leden per melding.")
            List<@Valid @NotNull(message = "Een lid mag niet leeg zijn.") Lid> leden,
            @Valid Adres adres) {

        record Lid(@Persoonsnaam String naam, @Kalenderdatum LocalDate geboortedatum,
                   @Pattern(regexp = "[0-9]{9}", message = "Een BSN bestaat uit negen cijfers.") String bsn) {
        }

        record Adres(@Pattern(regexp = "[1-9][0-9]{3} ?[A-Za-z]{2}",
                message = "Een postcode bestaat uit vier cijfers en twee letters, bijvoorbeeld 7411 AB.")
                     String postcode,
                     @Min(value = 1, message = "Een huisnummer is ten minste 1.")
                     @Max(value = Zoekvraag.MAX_HUISNUMMER, message = "Een huisnummer is hoogstens 99999.")
                     Integer huisnummer) {
        }
    }

    @PostMapping("/overeenkomsten")
    @Operation(summary = "Welke bekende huishoudens passen bij een melding",
            description = "Met de BSN's, namen met geboortedatum en het adres die bij een melding zijn ingevuld; elk "
                    + "voorstel zegt waarom het past (BSN, NAAM_GEBOORTEDATUM, ADRES), BSN eerst. Alleen voor "
                    + "toegangsmedewerkers; elk voorstel komt in het inzagelog.")
    List<GevondenHuishouden> overeenkomsten(@Valid @RequestBody OvereenkomstVerzoek verzoek) {
        List<OvereenkomstVerzoek.Lid> leden = verzoek.leden() == null ? List.of() : verzoek.leden();
        for (OvereenkomstVerzoek.Lid lid : leden) {
            if (lid.bsn() != null && !Bsn.isValid(lid.bsn())) {
                throw new OngeldigeParameterException("leden.bsn", "Een BSN doorstaat de elfproef niet; kijk het "
                        + "nummer na.");
            }
        }
        OvereenkomstVerzoek.Adres adres = verzoek.adres();
        FindOvereenkomsten query = new FindOvereenkomsten(leden.stream()
                .map(lid -> new FindOvereenkomsten.Kenmerk(lid.naam() == null || lid.naam().isBlank() ? null
                        : lid.naam(), lid.geboortedatum(), lid.bsn()))
                .toList(),
                adres == null ? null : Zoekvraag.postcode("adres.postcode", adres.postcode()),
                adres == null ? null : adres.huisnummer());
        return vraag(() -> queryGateway.query(query, ResponseTypes.multipleInstancesOf(GevondenHuishouden.class))
                .join());
    }

    /** A refusal of the query handler (no access) reaches the client as itself, not wrapped by the bus. */
    private static <T> T vraag(java.util.function.Supplier<T> vraag) {
        try {
            return vraag.get();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException oorzaak) {
                throw oorzaak;
            }
            throw e;
        }
    }
}
