package nl.integraletoegang.query.huishouden;

import java.time.Duration;
import java.util.Optional;
import nl.integraletoegang.query.inzage.ToegangVersieProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.SourceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The version of each household up to which the overview has been brought. It is written in the overview's own
 * processing group, so in the same batch transaction as the overview rows: once a version is visible here, the
 * overview shows everything up to it. A page that just sent a command waits for the version the command returned,
 * so the worker sees their own change instead of the state before it.
 */
@Component
@ProcessingGroup(HuishoudenOverzichtProjection.PROCESSING_GROUP)
public class HuishoudenVersieProjection {

    private static final Duration POLL = Duration.ofMillis(25);

    private final JdbcClient jdbc;
    private final ToegangVersieProjection toegang;

    HuishoudenVersieProjection(JdbcClient jdbc, ToegangVersieProjection toegang) {
        this.jdbc = jdbc;
        this.toegang = toegang;
    }

    @EventHandler
    void on(Object event, @SourceId String huishoudenId, @SequenceNumber Long versie) {
        jdbc.sql("""
                        INSERT INTO huishouden_versie (huishouden_id, versie) VALUES (:huishoudenId, :versie)
                        ON CONFLICT (huishouden_id) DO UPDATE SET versie = GREATEST(huishouden_versie.versie, excluded.versie)""")
                .param("huishoudenId", huishoudenId)
                .param("versie", versie)
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE huishouden_versie").update();
    }

    /** The household's version as far as the overview has read it: what a page shows is that version. */
    public Optional<Long> versie(String huishoudenId) {
        return jdbc.sql("SELECT versie FROM huishouden_versie WHERE huishouden_id = :id")
                .param("id", huishoudenId).query(Long.class).optional();
    }

    /**
     * Waits until the overview and need to know (a processing group of its own) have both processed the household up
     * to {@code versie}, at most {@code geduld}.
     *
     * @return whether it got there in time
     */
    public boolean wachtOp(String huishoudenId, long versie, Duration geduld) {
        long tot = System.nanoTime() + geduld.toNanos();
        while (true) {
            if (bereikt(versie(huishoudenId), versie) && bereikt(toegang.versie(huishoudenId), versie)) {
                return true;
            }
            if (System.nanoTime() > tot) {
                return false;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private static boolean bereikt(Optional<Long> gelezen, long versie) {
        return gelezen.isPresent() && gelezen.get() >= versie;
    }
}
