package nl.integraletoegang.api.casus;

import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/** The casus was handed to another casusregisseur, for the reason given. */
@Revision("1")
public record CasusregisseurChanged(
        String huishoudenId,
        String casusId,
        Casusregisseur vorigeRegisseur,
        Casusregisseur nieuweRegisseur,
        @PersonalData String reden) implements CasusEvent {
}
