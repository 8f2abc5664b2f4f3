package nl.integraletoegang.api.werkvoorraad;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import nl.integraletoegang.api.casus.Dreiging;
import nl.integraletoegang.api.casus.Kanaal;
import nl.integraletoegang.api.casus.Levensdomein;

/**
 * A hulpvraag waiting at its team until its casus is triaged. {@code wachttijd} is measured from the registration
 * to the moment of the question. No description: a work list points to the dossier, it is not the dossier; the
 * household is shown by its label (personal data, so every read of the list is in the access log), the id is for links.
 */
public record TeTriageren(String hulpvraagId, String casusId, String huishoudenId, String label, Kanaal kanaal,
                          Set<Levensdomein> levensdomeinen, Set<Dreiging> dreigingen, Instant geregistreerdOp,
                          Duration wachttijd, long wachtdagen) {

    public TeTriageren {
        levensdomeinen = Set.copyOf(levensdomeinen);
        dreigingen = Set.copyOf(dreigingen);
    }
}
