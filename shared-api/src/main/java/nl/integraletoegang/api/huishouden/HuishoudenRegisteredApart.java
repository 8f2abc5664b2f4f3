package nl.integraletoegang.api.huishouden;

import java.util.Set;
import nl.integraletoegang.api.casus.CasusEvent;
import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/**
 * A melding was registered for this household although members it names ({@code persoonIds}) are members of other
 * households with an open casus ({@code andereHuishoudenIds}), because the worker said so explicitly, for the reason
 * given (the exception to "one BSN in at most one household with an open casus"). Applied before those members are
 * registered; they do not claim their BSN for this household.
 */
@Revision("1")
public record HuishoudenRegisteredApart(
        String huishoudenId,
        String casusId,
        String hulpvraagId,
        Set<String> persoonIds,
        Set<String> andereHuishoudenIds,
        @PersonalData String reden) implements CasusEvent {

    public HuishoudenRegisteredApart {
        persoonIds = Set.copyOf(persoonIds);
        andereHuishoudenIds = Set.copyOf(andereHuishoudenIds);
    }
}
