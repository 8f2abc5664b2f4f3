package nl.integraletoegang.query.inzage;

import java.util.Optional;
import nl.integraletoegang.query.huishouden.HuishoudenVersieMelder;
import nl.integraletoegang.query.huishouden.HuishoudenVersies;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.SourceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The version of each household up to which need to know has read, written in the same batch transaction as
 * {@link HuishoudenToegangProjection}'s rows. A page that waits for its own write waits for this version as well as
 * the overview's ({@link HuishoudenVersieMelder}), so right after registering a melding the worker is not told the
 * household does not exist.
 */
@Component
@ProcessingGroup(HuishoudenToegangProjection.PROCESSING_GROUP)
public class ToegangVersieProjection {

    private final HuishoudenVersies versies;
    private final HuishoudenVersieMelder melder;

    ToegangVersieProjection(JdbcClient jdbc, HuishoudenVersieMelder melder) {
        this.versies = new HuishoudenVersies(jdbc, "toegang_versie");
        this.melder = melder;
    }

    @EventHandler
    void on(Object event, @SourceId String huishoudenId, @SequenceNumber Long versie, ReplayStatus replayStatus) {
        versies.gelezen(huishoudenId, versie);
        if (!replayStatus.isReplay()) {
            melder.naCommit(huishoudenId);
        }
    }

    @ResetHandler
    void reset() {
        versies.leeg();
    }

    /** The household's version as far as need to know has read it. */
    public Optional<Long> versie(String huishoudenId) {
        return versies.versie(huishoudenId);
    }
}
