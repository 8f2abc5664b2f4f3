package nl.integraletoegang.query.brp;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The population register could not answer: not connected (503), unreachable (503), too slow (504), or its answer
 * was an error or unreadable (502). The detail says so in Dutch; nothing of the question or the register's answer is
 * in it, and it carries no cause, so no personal data reaches a log through it.
 */
public class BrpNietBeschikbaarException extends ErrorResponseException {

    private BrpNietBeschikbaarException(HttpStatus status, String detail) {
        super(status, problem(status, detail), null);
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle("BRP niet beschikbaar");
        // not the request's path, which may hold the BSN asked for
        problem.setInstance(URI.create("/api/brp"));
        return problem;
    }

    static BrpNietBeschikbaarException nietIngesteld() {
        return new BrpNietBeschikbaarException(HttpStatus.SERVICE_UNAVAILABLE,
                "Er is geen koppeling met de BRP ingesteld. Vul de gegevens zelf in.");
    }

    static BrpNietBeschikbaarException peildatumNietIngesteld() {
        return new BrpNietBeschikbaarException(HttpStatus.SERVICE_UNAVAILABLE,
                "Opzoeken wie er op een eerdere datum woonde kan niet: de koppeling met BRP Bewoning is niet "
                        + "ingesteld. Zoek zonder peildatum of vul de gegevens zelf in.");
    }

    static BrpNietBeschikbaarException onbereikbaar() {
        return new BrpNietBeschikbaarException(HttpStatus.SERVICE_UNAVAILABLE,
                "De BRP is op dit moment niet bereikbaar. Probeer het later opnieuw of vul de gegevens zelf in.");
    }

    static BrpNietBeschikbaarException teDruk() {
        return new BrpNietBeschikbaarException(HttpStatus.SERVICE_UNAVAILABLE,
                "De BRP is op dit moment te druk. Probeer het over een minuut opnieuw of vul de gegevens zelf in.");
    }

    static BrpNietBeschikbaarException teTraag() {
        return new BrpNietBeschikbaarException(HttpStatus.GATEWAY_TIMEOUT,
                "De BRP antwoordde niet op tijd. Probeer het later opnieuw of vul de gegevens zelf in.");
    }

    static BrpNietBeschikbaarException geweigerd() {
        return new BrpNietBeschikbaarException(HttpStatus.BAD_GATEWAY,
                "De BRP weigert vragen van deze toepassing (de koppeling is niet goed ingesteld). Meld het aan "
                        + "de beheerder en vul de gegevens zelf in.");
    }

    static BrpNietBeschikbaarException fout() {
        return new BrpNietBeschikbaarException(HttpStatus.BAD_GATEWAY,
                "De BRP gaf een fout of een onleesbaar antwoord. Probeer het later opnieuw of vul de gegevens zelf "
                        + "in.");
    }

    /** The Dutch explanation, for a page that shows it next to its form. */
    public String uitleg() {
        return getBody().getDetail();
    }
}
