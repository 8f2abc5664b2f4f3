package nl.integraletoegang.api.huishouden;

import java.time.LocalDate;
import nl.integraletoegang.api.veld.Identificatie;
import nl.integraletoegang.api.veld.Kalenderdatum;
import nl.integraletoegang.api.veld.VrijeTekst;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A member leaves the household on {@code datum}, for the reason given. */
public record LeaveHuishouden(
        @Identificatie @TargetAggregateIdentifier String huishoudenId,
        @Identificatie String persoonId,
        @Kalenderdatum LocalDate datum,
        @VrijeTekst String reden,
        @TargetAggregateVersion Long expectedVersion) {
}
