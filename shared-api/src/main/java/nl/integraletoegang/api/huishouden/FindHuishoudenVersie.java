package nl.integraletoegang.api.huishouden;

/**
 * Asks up to which version a page can show a household: where both its overview and need to know have got to, -1
 * while either has read none of its events. As a subscription query it answers each newer version as both reach it,
 * so a page that just made a change can wait for it instead of asking again and again. A version number says nothing
 * personal.
 */
public record FindHuishoudenVersie(String huishoudenId) {

    /** The answer while the overview has read nothing of the household. */
    public static final long ONBEKEND = -1L;
}
