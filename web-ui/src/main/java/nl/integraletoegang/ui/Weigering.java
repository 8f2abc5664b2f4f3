package nl.integraletoegang.ui;

import nl.integraletoegang.api.error.BusinessError;
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

    static Weigering van(BusinessError error) {
        return new Weigering(HttpStatus.valueOf(error.code().status()), error.rule(), error.detail());
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
