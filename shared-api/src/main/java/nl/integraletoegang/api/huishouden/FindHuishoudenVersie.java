package nl.integraletoegang.api.huishouden;

/**
 * Asks up to which version of a household its overview has been brought: -1 while none of its events has been read.
 * As a subscription query it answers each newer version as the overview reaches it, so a page that just made a
 * change can wait for it instead of asking again and again. A version number says nothing personal.
 */
public record FindHuishoudenVersie(String huishoudenId) {

    /** The answer while the overview has read nothing of the household. */
    public static final long ONBEKEND = -1L;
}
