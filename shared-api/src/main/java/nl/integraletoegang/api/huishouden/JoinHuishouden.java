package nl.integraletoegang.api.huishouden;

import jakarta.validation.Valid;
import java.time.LocalDate;
import nl.integraletoegang.api.casus.Persoon;
import nl.integraletoegang.api.veld.Identificatie;
import nl.integraletoegang.api.veld.Kalenderdatum;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * A person joins the household on {@code datum} with the role in {@code lid.rol()}. Refused when their BSN is
 * already a member's, or a member of another household with an open casus ({@code bsn-in-open-casus}).
 */
public record JoinHuishouden(
        @Identificatie @TargetAggregateIdentifier String huishoudenId,
        @Valid Persoon lid,
        @Kalenderdatum LocalDate datum,
        @TargetAggregateVersion Long expectedVersion) {
}
