package nl.integraletoegang.api.privacy;

/** What erased personal data reads as, in events and read models alike, once its subject's key is destroyed. */
public final class Gewist {

    /** Erased text; erased dates and other values read as absent ({@code null}). */
    public static final String PLAATSHOUDER = "[gewist]";

    private Gewist() {
    }
}
