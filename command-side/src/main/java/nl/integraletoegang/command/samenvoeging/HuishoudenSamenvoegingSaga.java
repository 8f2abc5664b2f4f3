package nl.integraletoegang.command.samenvoeging;

import java.time.Duration;
import nl.integraletoegang.api.error.BusinessError;
import nl.integraletoegang.api.error.BusinessErrorCode;
import nl.integraletoegang.api.samenvoeging.AbsorbHuishouden;
import nl.integraletoegang.api.samenvoeging.CancelHuishoudenMerge;
import nl.integraletoegang.api.samenvoeging.CompleteHuishoudenMerge;
import nl.integraletoegang.api.samenvoeging.HuishoudenMergeStarted;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process that merges household B into A, one step per household, so that no household is ever left
 * half-merged:
 * <ol>
 *   <li>B recorded {@link HuishoudenMergeStarted} (and refuses other writes meanwhile);</li>
 *   <li>A absorbs B ({@link AbsorbHuishouden}, idempotent per merge);</li>
 *   <li>B completes ({@link CompleteHuishoudenMerge}).</li>
 * </ol>
 * Recovery: a transient failure (a concurrent write to the same household, the database away) is retried after a
 * growing pause, through a durable deadline; a refusal by A (it has no open casus any more, it is being merged itself,
 * the worker no longer works on it) or {@value #POGINGEN} failed attempts cancel B's merge, which leaves B as it was
 * and its history saying why. Once A has absorbed B, B's completion is retried until it succeeds: it cannot be
 * refused, as B accepts nothing else meanwhile. The saga keeps ids only, no personal data.
 */
@Saga
public class HuishoudenSamenvoegingSaga {

    private static final Logger LOG = LoggerFactory.getLogger(HuishoudenSamenvoegingSaga.class);
    static final String OPNIEUW = "samenvoeging-opnieuw";
    /** Attempts at A's step before B's merge is cancelled. */
    static final int POGINGEN = 5;
    private static final Duration LANGSTE_PAUZE = Duration.ofMinutes(5);

    enum Stap { OPNEMEN, AFRONDEN, ANNULEREN }

    private String samenvoegingId;
    private String bronHuishoudenId;
    private String doelHuishoudenId;
    private Stap stap;
    private int mislukt;
    private String regel;
    private String toelichting;

    @StartSaga
    @SagaEventHandler(associationProperty = "samenvoegingId")
    void on(HuishoudenMergeStarted event, CommandGateway commands, DeadlineManager deadlines) {
        samenvoegingId = event.samenvoegingId();
        bronHuishoudenId = event.huishoudenId();
        doelHuishoudenId = event.doelHuishoudenId();
        stap = Stap.OPNEMEN;
        voerUit(commands, deadlines);
    }

    /** The payload of the retry deadline: how many attempts at the step failed so far. */
    public record Opnieuw(int mislukt) {
    }

    @DeadlineHandler(deadlineName = OPNIEUW)
    void opnieuw(Opnieuw opnieuw, CommandGateway commands, DeadlineManager deadlines) {
        voerUit(commands, deadlines);
    }

    private void voerUit(CommandGateway commands, DeadlineManager deadlines) {
        try {
            if (stap == Stap.OPNEMEN) {
                commands.sendAndWait(new AbsorbHuishouden(doelHuishoudenId, samenvoegingId, bronHuishoudenId));
                volgende(Stap.AFRONDEN);
            }
            if (stap == Stap.AFRONDEN) {
                commands.sendAndWait(new CompleteHuishoudenMerge(bronHuishoudenId, samenvoegingId));
            } else {
                commands.sendAndWait(new CancelHuishoudenMerge(bronHuishoudenId, samenvoegingId, regel,
                        toelichting));
            }
            SagaLifecycle.end();
        } catch (RuntimeException failure) {
            BusinessError weigering = weigering(failure);
            if (stap == Stap.OPNEMEN && weigering != null) {
                annuleer(weigering.rule(), "Het huishouden " + doelHuishoudenId + " kon dit huishouden niet "
                        + "opnemen: " + weigering.detail());
                voerUit(commands, deadlines);
                return;
            }
            mislukt++;
            // class names only: a failure's message may quote data
            LOG.warn("Merge {} step {} failed ({} time(s)): {}", samenvoegingId, stap, mislukt,
                    failure.getClass().getSimpleName());
            if (stap == Stap.OPNEMEN && mislukt >= POGINGEN) {
                annuleer("samenvoeging-mislukt", "Het huishouden " + doelHuishoudenId + " kon dit huishouden na "
                        + mislukt + " pogingen niet opnemen; de samenvoeging is geannuleerd. Probeer het later opnieuw.");
                voerUit(commands, deadlines);
                return;
            }
            deadlines.schedule(pauze(mislukt), OPNIEUW, new Opnieuw(mislukt));
        }
    }

    private void volgende(Stap nieuw) {
        stap = nieuw;
        mislukt = 0;
    }

    private void annuleer(String regel, String toelichting) {
        this.regel = regel;
        this.toelichting = toelichting;
        volgende(Stap.ANNULEREN);
    }

    /** 1, 2, 4, ... seconds, at most five minutes. */
    static Duration pauze(int mislukt) {
        Duration pauze = Duration.ofSeconds(1L << Math.min(mislukt - 1, 16));
        return pauze.compareTo(LANGSTE_PAUZE) > 0 ? LANGSTE_PAUZE : pauze;
    }

    /**
     * A refusal by the domain, which retrying cannot change; {@code null} for a transient failure: a concurrent write
     * (the household changed between load and append) or a failure without the domain's details.
     */
    static BusinessError weigering(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CommandExecutionException execution
                    && execution.getDetails().orElse(null) instanceof BusinessError error) {
                return error.code() == BusinessErrorCode.CONCURRENT_MODIFICATION ? null : error;
            }
        }
        return null;
    }
}
