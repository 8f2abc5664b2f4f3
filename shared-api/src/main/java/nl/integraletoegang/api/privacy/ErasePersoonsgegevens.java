package nl.integraletoegang.api.privacy;

import nl.integraletoegang.api.veld.Identificatie;
import nl.integraletoegang.api.veld.VrijeTekst;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Erases the personal data of one subject of a household, a member ({@code subjectId} is their persoonId) or the
 * household itself (its free texts; {@code subjectId} is the huishoudenId), by destroying the subject's key.
 */
public record ErasePersoonsgegevens(
        @Identificatie @TargetAggregateIdentifier String huishoudenId,
        @Identificatie String subjectId,
        @VrijeTekst String reden) {
}
