package nl.integraletoegang.platform.security;
import nl.integraletoegang.platform.invoer.GeenToegangException;

import java.util.Set;
import nl.integraletoegang.api.escalatie.EscalatieNiveau;
import nl.integraletoegang.platform.security.Medewerker;
import org.springframework.security.core.Authentication;

/**
 * Need to know (DESIGN §4) for the work lists: a worker sees the lists of their own team; the escalation queue is
 * for the levels that take escalations up. Management sees figures elsewhere, never these lists of households.
 */
public final class Toegang {

    private Toegang() {
    }

    public static Medewerker medewerker(Authentication authentication) {
        return Medewerker.from(authentication)
                .orElseThrow(() -> new GeenToegangException("Je bent niet bekend als medewerker."));
    }

    public static Medewerker vanTeam(Authentication authentication, String team) {
        Medewerker medewerker = medewerker(authentication);
        if (medewerker.team() == null || !medewerker.team().equals(team)) {
            throw new GeenToegangException("Je ziet alleen de werkvoorraad van je eigen team.");
        }
        return medewerker;
    }

    public static Medewerker metTeam(Authentication authentication) {
        Medewerker medewerker = medewerker(authentication);
        if (medewerker.team() == null) {
            throw new GeenToegangException("Een werkvoorraad hoort bij een team; je bent geen lid van een team.");
        }
        return medewerker;
    }

    /** The levels whose escalations a user sees: those their role acts on (the ladder is the contract's). */
    public static Set<EscalatieNiveau> zichtbareNiveaus(Medewerker medewerker) {
        return medewerker.rol() == null ? Set.of() : medewerker.rol().escalatieNiveaus();
    }

    public static Medewerker escalatieNiveau(Authentication authentication) {
        Medewerker medewerker = medewerker(authentication);
        if (zichtbareNiveaus(medewerker).isEmpty()) {
            throw new GeenToegangException("De escalatiewachtrij is voor procesregisseurs en het doorbraakteam.");
        }
        return medewerker;
    }
}
