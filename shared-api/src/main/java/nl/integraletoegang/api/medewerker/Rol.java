package nl.integraletoegang.api.medewerker;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import nl.integraletoegang.api.escalatie.EscalatieNiveau;

/**
 * The roles a user of the integrale toegang can have (DESIGN §4). Part of the contract because the rules that depend
 * on a role (which escalation levels it acts on) are stated once, here, for the command side and the query side.
 */
public enum Rol {
    TOEGANGSMEDEWERKER,
    PROCESREGISSEUR,
    DOORBRAAKTEAM,
    MANAGER,
    AUDITOR,
    BEHEERDER;

    /** The name Spring Security gives the role as an authority. */
    public String authority() {
        return "ROLE_" + name();
    }

    /**
     * The rungs of the escalation ladder this role acts on: a procesregisseur on escalations waiting for a
     * procesregisseur, the doorbraakteam on its own level and the AVE levels above it; other roles on none.
     */
    public Set<EscalatieNiveau> escalatieNiveaus() {
        return switch (this) {
            case PROCESREGISSEUR -> EnumSet.of(EscalatieNiveau.PROCESREGISSEUR);
            case DOORBRAAKTEAM -> EnumSet.complementOf(EnumSet.of(EscalatieNiveau.PROCESREGISSEUR));
            default -> EnumSet.noneOf(EscalatieNiveau.class);
        };
    }

    /** The role named by an audit trail's role value, if it is one. */
    public static Optional<Rol> van(String naam) {
        for (Rol rol : values()) {
            if (rol.name().equals(naam)) {
                return Optional.of(rol);
            }
        }
        return Optional.empty();
    }
}
