package nl.integraletoegang.api.casus;

import jakarta.validation.Valid;
import java.util.Set;
import nl.integraletoegang.api.privacy.PersonalData;
import nl.integraletoegang.api.veld.Identificatie;
import nl.integraletoegang.api.veld.VrijeTekst;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records the brede uitvraag: the integral support need, the levensdomeinen, the urgency, the heaviest question, and appoints the casusregisseur from the team that handles that question. */
public record TriageCasus(
        @Identificatie @TargetAggregateIdentifier String huishoudenId,
        @Identificatie String casusId,
        @VrijeTekst(max = VrijeTekst.LANG) @PersonalData String integraleHulpvraag,
        Set<Levensdomein> levensdomeinen,
        Urgentie urgentie,
        @Identificatie String zwaarsteVraagstukHulpvraagId,
        @Valid Casusregisseur regisseur,
        @TargetAggregateVersion Long expectedVersion) implements CasusCommand {
}
