package nl.integraletoegang.query.huishouden;

import java.util.Optional;
import nl.integraletoegang.api.huishouden.FindHuishoudenVersie;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.SourceId;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The version of each household up to which the overview has been brought. It is written in the overview's own
 * processing group, so in the same batch transaction as the overview rows: once a version is visible here, the
 * overview shows everything up to it. A page that just sent a command subscribes to {@link FindHuishoudenVersie} and
 * waits for the version the command returned, so the worker sees their own change instead of the state before it.
 * The update is emitted after the batch commits (Axon emits in the unit of work's after-commit phase), so whoever
 * receives it reads the overview with the change in it.
 */
@Component
@ProcessingGroup(HuishoudenOverzichtProjection.PROCESSING_GROUP)
public class HuishoudenVersieProjection {

    private final JdbcClient jdbc;
    private final QueryUpdateEmitter emitter;

    HuishoudenVersieProjection(JdbcClient jdbc, QueryUpdateEmitter emitter) {
        this.jdbc = jdbc;
        this.emitter = emitter;
    }

    @EventHandler
    void on(Object event, @SourceId String huishoudenId, @SequenceNumber Long versie, ReplayStatus replayStatus) {
        jdbc.sql("""
                        INSERT INTO huishouden_versie (huishouden_id, versie) VALUES (:huishoudenId, :versie)
                        ON CONFLICT (huishouden_id) DO UPDATE SET versie = GREATEST(huishouden_versie.versie, excluded.versie)""")
                .param("huishoudenId", huishoudenId)
                .param("versie", versie)
                .update();
        // nobody waits for a version during a replay of old events
        if (!replayStatus.isReplay()) {
            emitter.emit(FindHuishoudenVersie.class, vraag -> vraag.huishoudenId().equals(huishoudenId), versie);
        }
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

    @QueryHandler
    Long handle(FindHuishoudenVersie query) {
        return versie(query.huishoudenId()).orElse(FindHuishoudenVersie.ONBEKEND);
    }
}
