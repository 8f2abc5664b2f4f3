package nl.integraletoegang.command.casus;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import nl.integraletoegang.api.casus.Kanaal;
import nl.integraletoegang.api.casus.Levensdomein;

/** What a worker fills in to register a melding. */
record MeldingRequest(
        @NotBlank(message = "Geef aan voor welk huishouden de melding is.")
        @Pattern(regexp = "[A-Za-z0-9-]{1,64}", message = "Het huishouden-id mag alleen letters, cijfers en streepjes bevatten (hoogstens 64).")
        String huishoudenId,
        @NotNull(message = "Geef aan via welk kanaal de melding binnenkwam.")
        Kanaal kanaal,
        @Size(max = 64, message = "De teamnaam is te lang (hoogstens 64 tekens).")
        String team,
        @NotEmpty(message = "Kies ten minste één levensdomein.")
        Set<@NotNull(message = "Een levensdomein mag niet leeg zijn.") Levensdomein> levensdomeinen,
        @Size(max = 4000, message = "De omschrijving is te lang (hoogstens 4000 tekens).")
        String omschrijving) {
}
