package nl.integraletoegang.api.casus;

import java.time.LocalDate;
import nl.integraletoegang.api.huishouden.LidRol;
import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/**
 * A person became known as a member of the household, named by a melding. Every personal field is keyed by
 * {@code persoonId}. {@code rol} is absent in events written before roles existed (same revision: a missing field
 * reads as {@code null}).
 */
@Revision("1")
public record LidRegistered(
        String huishoudenId,
        String casusId,
        String persoonId,
        @PersonalData(subject = "persoonId") String naam,
        @PersonalData(subject = "persoonId") LocalDate geboortedatum,
        @PersonalData(subject = "persoonId") String bsn,
        LidRol rol) implements CasusEvent {

    /** A member without a role, as meldingen named them before roles existed. */
    public LidRegistered(String huishoudenId, String casusId, String persoonId, String naam, LocalDate geboortedatum,
                         String bsn) {
        this(huishoudenId, casusId, persoonId, naam, geboortedatum, bsn, null);
    }
}
