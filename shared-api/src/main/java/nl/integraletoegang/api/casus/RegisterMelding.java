package nl.integraletoegang.api.casus;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import nl.integraletoegang.api.huishouden.Adres;
import nl.integraletoegang.api.huishouden.ApartRegistreren;
import nl.integraletoegang.api.privacy.PersonalData;
import nl.integraletoegang.api.veld.Code;
import nl.integraletoegang.api.veld.Identificatie;
import nl.integraletoegang.api.veld.Label;
import nl.integraletoegang.api.veld.VrijeTekst;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Takes in a request for help for a household, from any channel at any team. The household's open casus receives it
 * as a new hulpvraag; without an open casus, a casus is opened under {@code casusIdIfOpened}. Members not yet known
 * are registered with it; a regime starts its legal clock. {@code adres} (optional) registers the household's address
 * when it has none yet. A member whose BSN belongs to another household with an open casus refuses the melding
 * ({@code bsn-in-open-casus}) unless {@code apartRegistreren} says, with a reason, to register it here all the same.
 */
public record RegisterMelding(
        @Identificatie @TargetAggregateIdentifier String huishoudenId,
        @Identificatie String hulpvraagId,
        @Identificatie String casusIdIfOpened,
        Kanaal kanaal,
        @Code String team,
        Set<Levensdomein> levensdomeinen,
        @VrijeTekst(max = VrijeTekst.MIDDEL) @PersonalData String omschrijving,
        @Valid List<Persoon> leden,
        Set<Dreiging> dreigingen,
        @Label String wijk,
        @Code String regime,
        @Identificatie String termijnIdIfStarted,
        @Valid @PersonalData Adres adres,
        @Valid @PersonalData ApartRegistreren apartRegistreren) {

    public RegisterMelding {
        levensdomeinen = Set.copyOf(levensdomeinen);
        leden = leden == null ? List.of() : List.copyOf(leden);
        dreigingen = dreigingen == null ? Set.of() : Set.copyOf(dreigingen);
    }

    /** A melding without address and without the choice to register apart. */
    public RegisterMelding(String huishoudenId, String hulpvraagId, String casusIdIfOpened, Kanaal kanaal, String team,
                           Set<Levensdomein> levensdomeinen, String omschrijving, List<Persoon> leden,
                           Set<Dreiging> dreigingen, String wijk, String regime, String termijnIdIfStarted) {
        this(huishoudenId, hulpvraagId, casusIdIfOpened, kanaal, team, levensdomeinen, omschrijving, leden, dreigingen,
                wijk, regime, termijnIdIfStarted, null, null);
    }
}
