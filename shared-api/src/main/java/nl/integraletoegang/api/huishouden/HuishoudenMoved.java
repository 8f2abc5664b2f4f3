package nl.integraletoegang.api.huishouden;

import java.time.LocalDate;
import nl.integraletoegang.api.casus.CasusEvent;
import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/**
 * The household moved to {@code adres} on {@code verhuisdatum}; its members moved with it (members who stay behind
 * leave the household with {@link LidLeft}). {@code casusId} is the household's open casus, or its last one.
 */
@Revision("1")
public record HuishoudenMoved(
        String huishoudenId,
        String casusId,
        @PersonalData Adres adres,
        LocalDate verhuisdatum) implements CasusEvent {
}
