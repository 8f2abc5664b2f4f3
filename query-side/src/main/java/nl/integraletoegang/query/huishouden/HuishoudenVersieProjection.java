package nl.integraletoegang.query.huishouden;

import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.SourceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The version of each household up to which the overview has been brought. It is written in the overview's own
 * processing group, so in the same batch transaction as the overview rows: once a version is visible here, the
 * overview shows everything up to it. Pages waiting for their own change learn of it through
 * {@link HuishoudenVersieMelder}, once this batch has committed.
 */
@Component
@ProcessingGroup(HuishoudenOverzichtProjection.PROCESSING_GROUP)
public class HuishoudenVersieProjection {

    private final HuishoudenVersies versies;
    private final HuishoudenVersieMelder melder;

    HuishoudenVersieProjection(JdbcClient jdbc, HuishoudenVersieMelder melder) {
        this.versies = new HuishoudenVersies(jdbc, "huishouden_versie");
        this.melder = melder;
    }

    @EventHandler
    void on(Object event, @SourceId String huishoudenId, @SequenceNumber Long versie, ReplayStatus replayStatus) {
        versies.gelezen(huishoudenId, versie);
        // nobody waits for a version during a replay of old events
        if (!replayStatus.isReplay()) {
            melder.naCommit(huishoudenId);
        }
    }

    @ResetHandler
    void reset() {
        versies.leeg();
    }

    /** The household's version as far as the overview has read it: what a page shows is that version. */
    public Optional<Long> versie(String huishoudenId) {
        return versies.versie(huishoudenId);
    }
}
