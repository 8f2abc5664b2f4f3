package nl.integraletoegang.api.casus;

import java.util.List;
import java.util.Set;
import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes in a request for help for a household, from any channel at any team. The household's open casus receives it as a new hulpvraag; without an open casus, a casus is opened under {@code casusIdIfOpened}. Members not yet known are registered with it; a regime starts its legal clock. */
public record RegisterMelding(
        @TargetAggregateIdentifier String huishoudenId,
        String hulpvraagId,
        String casusIdIfOpened,
        Kanaal kanaal,
        String team,
        Set<Levensdomein> levensdomeinen,
        @PersonalData String omschrijving,
        List<Persoon> leden,
        Set<Dreiging> dreigingen,
        String wijk,
        String regime,
        String termijnIdIfStarted) {

    public RegisterMelding {
        levensdomeinen = Set.copyOf(levensdomeinen);
        leden = leden == null ? List.of() : List.copyOf(leden);
        dreigingen = dreigingen == null ? Set.of() : Set.copyOf(dreigingen);
    }
}
