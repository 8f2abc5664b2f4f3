package nl.integraletoegang.api.casus;

/**
 * Threatening situations flagged at the melding. The first three shorten the schuldhulpverlening clock to three
 * working days (Wet gemeentelijke schuldhulpverlening art. 3).
 */
public enum Dreiging {
    HUISUITZETTING,
    AFSLUITING_ENERGIE_OF_WATER,
    BEEINDIGING_ZORGVERZEKERING,
    ONVEILIGE_SITUATIE;

    /** Whether this threat makes a schuldhulp request urgent in the sense of the law. */
    public boolean maaktSchuldhulpSpoedeisend() {
        return this != ONVEILIGE_SITUATIE;
    }
}
