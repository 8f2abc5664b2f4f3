package nl.integraletoegang.api.huishouden;

import jakarta.validation.Valid;
import java.time.LocalDate;
import nl.integraletoegang.api.veld.Identificatie;
import nl.integraletoegang.api.veld.Kalenderdatum;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records that the household moved to another address on the date given. */
public record MoveHuishouden(
        @Identificatie @TargetAggregateIdentifier String huishoudenId,
        @Valid Adres adres,
        @Kalenderdatum LocalDate verhuisdatum,
        @TargetAggregateVersion Long expectedVersion) {
}
