package nl.integraletoegang.platform.security;

/** The roles a user of the integrale toegang can have (DESIGN §4). */
public enum Rol {
    TOEGANGSMEDEWERKER,
    PROCESREGISSEUR,
    DOORBRAAKTEAM,
    MANAGER,
    AUDITOR,
    BEHEERDER;

    public String authority() {
        return "ROLE_" + name();
    }
}
