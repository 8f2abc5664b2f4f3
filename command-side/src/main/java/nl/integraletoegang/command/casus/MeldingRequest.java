package nl.integraletoegang.command.casus;

import io.swagger.v3.oas.annotations.media.Schema;
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
import nl.integraletoegang.api.huishouden.Adres;
import nl.integraletoegang.api.huishouden.ApartRegistreren;
import nl.integraletoegang.api.huishouden.LidRol;
import nl.integraletoegang.api.veld.Code;
import nl.integraletoegang.api.veld.Identificatie;
import nl.integraletoegang.api.veld.Label;
import nl.integraletoegang.api.veld.Persoonsnaam;
import nl.integraletoegang.api.veld.VrijeTekst;

/**
 * What a worker fills in to register a melding. Without {@code huishoudenId} the melding registers a new household
 * (with {@code adres} when given); a member whose BSN belongs to a household with an open casus then refuses it with
 * 409 {@code bsn-in-open-casus}, unless {@code apartRegistreren} gives a reason to register apart.
 */
record MeldingRequest(
        @Schema(description = "Het huishouden waarvoor de melding is; leeg voor een nieuw huishouden.")
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
        @Code String regime,
        @Schema(description = "Het adres van een nieuw huishouden (postcode en huisnummer ten minste).")
        @Valid Adres adres,
        @Schema(description = "Toch een nieuw huishouden registreren, met een reden, hoewel iemand in de melding al "
                + "lid is van een huishouden met een open casus.")
        @Valid ApartRegistreren apartRegistreren) {

    /** A household member: a name and a date of birth at least; a BSN when known, checked with the elfproef. */
    record LidRequest(
            @Identificatie String persoonId,
            @NotBlank(message = "Een lid heeft een naam nodig.") @Persoonsnaam String naam,
            @NotNull(message = "Een lid heeft een geboortedatum nodig.")
            @PastOrPresent(message = "De geboortedatum ligt in de toekomst.") LocalDate geboortedatum,
            @ElfProef String bsn,
            LidRol rol) {
    }
}
