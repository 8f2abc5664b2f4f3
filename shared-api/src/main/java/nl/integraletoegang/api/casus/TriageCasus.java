package nl.integraletoegang.api.casus;

import java.util.Set;
import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records the brede uitvraag: the integral support need, the levensdomeinen, the urgency, the heaviest question, and appoints the casusregisseur from the team that handles that question. */
public record TriageCasus(
        @TargetAggregateIdentifier String huishoudenId,
        String casusId,
        @PersonalData String integraleHulpvraag,
        Set<Levensdomein> levensdomeinen,
        Urgentie urgentie,
        String zwaarsteVraagstukHulpvraagId,
        Casusregisseur regisseur,
        @TargetAggregateVersion Long expectedVersion) {
}
