package nl.integraletoegang.api.huishouden;

import java.time.LocalDate;
import nl.integraletoegang.api.casus.CasusEvent;
import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/**
 * The household's address became known (with a melding, or later for a household registered without one), as of
 * {@code datum}. The address is personal data of the household: after its erasure it reads as {@code null}.
 * {@code casusId} is the household's open casus, or its last one.
 */
@Revision("1")
public record AdresRegistered(
        String huishoudenId,
        String casusId,
        @PersonalData Adres adres,
        LocalDate datum) implements CasusEvent {
}
