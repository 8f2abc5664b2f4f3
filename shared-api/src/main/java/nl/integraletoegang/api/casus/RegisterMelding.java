package nl.integraletoegang.api.casus;

import java.util.Set;
import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Takes in a request for help for a household. The household's open casus receives it as a new hulpvraag;
 * without an open casus, a casus is opened under {@code casusIdIfOpened}.
 */
public record RegisterMelding(
        @TargetAggregateIdentifier String huishoudenId,
        String hulpvraagId,
        String casusIdIfOpened,
        Kanaal kanaal,
        String team,
        Set<Levensdomein> levensdomeinen,
        @PersonalData String omschrijving) {

    public RegisterMelding {
        levensdomeinen = Set.copyOf(levensdomeinen);
    }
}
