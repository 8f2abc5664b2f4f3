package nl.integraletoegang.ui;

import nl.integraletoegang.platform.web.Commandweigering;
import org.springframework.http.HttpStatus;

/**
 * An action of the UI that the command side refused, or could not take: the rule it was refused on and a Dutch
 * explanation for the worker. Nothing of the action was stored.
 */
public class Weigering extends RuntimeException {

    private final HttpStatus status;
    private final String regel;

    public Weigering(HttpStatus status, String regel, String uitleg) {
        super(uitleg);
        this.status = status;
        this.regel = regel;
    }

    /** A refusal of the command side, as the write API answers it too ({@link Commandweigering}). */
    static Weigering van(Commandweigering weigering) {
        return new Weigering(weigering.status(), weigering.regel(), weigering.detail());
    }

    public HttpStatus status() {
        return status;
    }

    public String regel() {
        return regel;
    }

    public String uitleg() {
        return getMessage();
    }
}
