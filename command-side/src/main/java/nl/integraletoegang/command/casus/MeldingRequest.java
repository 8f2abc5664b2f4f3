package nl.integraletoegang.command.casus;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.integraletoegang.api.casus.Dreiging;
import nl.integraletoegang.api.casus.Kanaal;
import nl.integraletoegang.api.casus.Levensdomein;
import nl.integraletoegang.api.veld.Code;
import nl.integraletoegang.api.veld.Identificatie;
import nl.integraletoegang.api.veld.Label;
import nl.integraletoegang.api.veld.Persoonsnaam;
import nl.integraletoegang.api.veld.VrijeTekst;

/** What a worker fills in to register a melding. */
record MeldingRequest(
        @NotBlank(message = "Geef aan voor welk huishouden de melding is.")
        @Identificatie String huishoudenId,
        @NotNull(message = "Geef aan via welk kanaal de melding binnenkwam.")
        Kanaal kanaal,
        @Code String team,
        @NotEmpty(message = "Kies ten minste één levensdomein.")
        Set<@NotNull(message = "Een levensdomein mag niet leeg zijn.") Levensdomein> levensdomeinen,
        @VrijeTekst(max = VrijeTekst.MIDDEL) String omschrijving,
        @Size(max = 20, message = "Hoogstens 20 leden per melding.")
        List<@Valid @NotNull LidRequest> leden,
        Set<@NotNull Dreiging> dreigingen,
        @Label String wijk,
        @Code String regime) {

    /** A household member: a name and a date of birth at least; a BSN when known, checked with the elfproef. */
    record LidRequest(
            @Identificatie String persoonId,
            @NotBlank(message = "Een lid heeft een naam nodig.") @Persoonsnaam String naam,
            @NotNull(message = "Een lid heeft een geboortedatum nodig.")
            @PastOrPresent(message = "De geboortedatum ligt in de toekomst.") LocalDate geboortedatum,
            @ElfProef String bsn) {
    }
}
