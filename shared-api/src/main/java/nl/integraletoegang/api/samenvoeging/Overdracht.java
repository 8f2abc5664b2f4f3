package nl.integraletoegang.api.samenvoeging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.integraletoegang.api.casus.Dreiging;
import nl.integraletoegang.api.casus.Kanaal;
import nl.integraletoegang.api.casus.Levensdomein;
import nl.integraletoegang.api.casus.Persoon;
import nl.integraletoegang.api.plan.Actie;
import nl.integraletoegang.api.privacy.PersonalData;
import nl.integraletoegang.api.termijn.LaatsteDag;

/**
 * What household B hands over to A in a merge: its open casus's hulpvragen, its members, its running termijnen with
 * their clocks as they stand, and the open actions of its plan. Personal fields are encrypted like everywhere else
 * (members per person, free texts per household of the event that carries them).
 */
public record Overdracht(List<Hulpvraag> hulpvragen, List<Persoon> leden, List<Termijn> termijnen,
                         List<Actie> acties) {

    public Overdracht {
        hulpvragen = hulpvragen == null ? List.of() : List.copyOf(hulpvragen);
        leden = leden == null ? List.of() : List.copyOf(leden);
        termijnen = termijnen == null ? List.of() : List.copyOf(termijnen);
        acties = acties == null ? List.of() : List.copyOf(acties);
    }

    /** A hulpvraag as it was registered, at the team that handles it now. */
    public record Hulpvraag(String hulpvraagId, Kanaal kanaal, String team, Set<Levensdomein> levensdomeinen,
                            @PersonalData String omschrijving, Set<Dreiging> dreigingen, String wijk,
                            Instant geregistreerdOp) {

        public Hulpvraag {
            levensdomeinen = levensdomeinen == null ? Set.of() : Set.copyOf(levensdomeinen);
            dreigingen = dreigingen == null ? Set.of() : Set.copyOf(dreigingen);
        }
    }

    /**
     * A running clock exactly as it stands: {@code status} LOPEND or OPGESCHORT, its start, its last day and expiry,
     * when it warns, when it was suspended (absent while running) and whether it already warned. A takes it over
     * unchanged, so the merge moves no date (a merge recorded before clocks carried their last day derives it from
     * the expiry, see {@link LaatsteDag#van}).
     */
    public record Termijn(String termijnId, String hulpvraagId, String regime, boolean spoed, String status,
                          Instant gestartOp, Instant vervaltOp, Instant waarschuwingOp, LocalDate laatsteDag,
                          Instant opgeschortOp, boolean gewaarschuwd) {

        public Termijn {
            laatsteDag = LaatsteDag.van(laatsteDag, vervaltOp);
        }
    }
}
