package nl.integraletoegang.api.huishouden;

/**
 * The rule "one BSN is a member of at most one household with an open casus", as refusals name it: a problem detail
 * with {@code regel} {@value #BSN_IN_OPEN_CASUS} (409) names the household that holds the BSN in {@code huishoudenId}
 * and in its Dutch detail, never the BSN or a name.
 */
public final class BsnRegel {

    public static final String BSN_IN_OPEN_CASUS = "bsn-in-open-casus";

    /** A BSN appears once among a household's current members. */
    public static final String BSN_AL_LID = "bsn-al-lid";

    private BsnRegel() {
    }
}
