package nl.integraletoegang.api.escalatie;

/** The rungs of the escalation ladder, in order: each escalation goes exactly one rung up. */
public enum EscalatieNiveau {
    PROCESREGISSEUR,
    DOORBRAAKTEAM,
    PROCESREGISSEUR_ZORG_EN_VEILIGHEIDSHUIS,
    BURGEMEESTER,
    REGIONALE_MANDAATCOMMISSIE;

    /** Whether this is one of the further levels of the Aanpak Voorkomen Escalatie. */
    public boolean isAve() {
        return ordinal() > DOORBRAAKTEAM.ordinal();
    }
}
