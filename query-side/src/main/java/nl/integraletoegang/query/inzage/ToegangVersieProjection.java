package nl.integraletoegang.query.inzage;

import java.util.Optional;
import nl.integraletoegang.query.huishouden.HuishoudenVersieMelder;
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

    private final JdbcClient jdbc;
    private final HuishoudenVersieMelder melder;

    ToegangVersieProjection(JdbcClient jdbc, HuishoudenVersieMelder melder) {
        this.jdbc = jdbc;
        this.melder = melder;
    }

    @EventHandler
    void on(Object event, @SourceId String huishoudenId, @SequenceNumber Long versie, ReplayStatus replayStatus) {
        jdbc.sql("""
                        INSERT INTO toegang_versie (huishouden_id, versie) VALUES (:huishoudenId, :versie)
                        ON CONFLICT (huishouden_id)
                            DO UPDATE SET versie = GREATEST(toegang_versie.versie, excluded.versie)""")
                .param("huishoudenId", huishoudenId)
                .param("versie", versie)
                .update();
        if (!replayStatus.isReplay()) {
            melder.naCommit(huishoudenId);
        }
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE toegang_versie").update();
    }

    /** The household's version as far as need to know has read it. */
    public Optional<Long> versie(String huishoudenId) {
        return jdbc.sql("SELECT versie FROM toegang_versie WHERE huishouden_id = :id")
                .param("id", huishoudenId).query(Long.class).optional();
    }
}
