package nl.integraletoegang.api.casus;

import java.util.Set;
import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/** The brede uitvraag was recorded: the integral support need, levensdomeinen, urgency and heaviest question. */
@Revision("1")
public record CasusTriaged(
        String huishoudenId,
        String casusId,
        @PersonalData String integraleHulpvraag,
        Set<Levensdomein> levensdomeinen,
        Urgentie urgentie,
        String zwaarsteVraagstukHulpvraagId) implements CasusEvent {
}
