package nl.integraletoegang.command.casus;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.integraletoegang.api.casus.Dreiging;
import nl.integraletoegang.api.casus.Kanaal;
import nl.integraletoegang.api.casus.Levensdomein;

/** What a worker fills in to register a melding. */
record MeldingRequest(
        @NotBlank(message = "Geef aan voor welk huishouden de melding is.")
        @Pattern(regexp = "[A-Za-z0-9-]{1,64}",
                message = "Het huishouden-id mag alleen letters, cijfers en streepjes bevatten (hoogstens 64).")
        String huishoudenId,
        @NotNull(message = "Geef aan via welk kanaal de melding binnenkwam.")
        Kanaal kanaal,
        @Size(max = 64, message = "De teamnaam is te lang (hoogstens 64 tekens).")
        String team,
        @NotEmpty(message = "Kies ten minste één levensdomein.")
        Set<@NotNull(message = "Een levensdomein mag niet leeg zijn.") Levensdomein> levensdomeinen,
        @Size(max = 4000, message = "De omschrijving is te lang (hoogstens 4000 tekens).")
        String omschrijving,
        @Size(max = 20, message = "Hoogstens 20 leden per melding.")
        List<@Valid @NotNull LidRequest> leden,
        Set<@NotNull Dreiging> dreigingen,
        @Size(max = 64, message = "De wijknaam is te lang (hoogstens 64 tekens).")
        String wijk,
        @Size(max = 64, message = "Het regime is te lang (hoogstens 64 tekens).")
        String regime) {

    /** A household member: a name and a date of birth at least; a BSN when known, checked with the elfproef. */
    record LidRequest(
            @Size(max = 64) String persoonId,
            @NotBlank(message = "Een lid heeft een naam nodig.") @Size(max = 200) String naam,
            @NotNull(message = "Een lid heeft een geboortedatum nodig.")
            @PastOrPresent(message = "De geboortedatum ligt in de toekomst.") LocalDate geboortedatum,
            @ElfProef String bsn) {
    }
}
