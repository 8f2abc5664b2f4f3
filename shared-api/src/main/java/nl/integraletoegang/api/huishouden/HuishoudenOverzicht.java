package nl.integraletoegang.api.huishouden;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.integraletoegang.api.casus.Kanaal;
import nl.integraletoegang.api.casus.Levensdomein;

/** A household as its workers see it: the one open casus (absent when none is open) with its hulpvragen. */
public record HuishoudenOverzicht(String huishoudenId, OpenCasus openCasus) {

    public record OpenCasus(String casusId, Instant geopendOp, List<Hulpvraag> hulpvragen) {
        public OpenCasus {
            hulpvragen = List.copyOf(hulpvragen);
        }
    }

    public record Hulpvraag(String hulpvraagId, Kanaal kanaal, String team, Set<Levensdomein> levensdomeinen,
                            String omschrijving, Instant geregistreerdOp) {
        public Hulpvraag {
            levensdomeinen = Set.copyOf(levensdomeinen);
        }
    }
}
