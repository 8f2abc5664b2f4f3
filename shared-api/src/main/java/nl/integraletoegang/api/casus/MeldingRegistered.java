package nl.integraletoegang.api.casus;

import java.util.Set;
import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/** A melding was taken in and became a hulpvraag of the household's open casus. */
@Revision("1")
public record MeldingRegistered(
        String huishoudenId,
        String casusId,
        String hulpvraagId,
        Kanaal kanaal,
        String team,
        Set<Levensdomein> levensdomeinen,
        @PersonalData String omschrijving,
        Set<Dreiging> dreigingen,
        String wijk) implements CasusEvent {
}
