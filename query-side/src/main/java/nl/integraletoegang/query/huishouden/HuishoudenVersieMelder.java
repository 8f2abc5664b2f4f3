package nl.integraletoegang.query.huishouden;

import java.util.LinkedHashSet;
import java.util.Set;
import nl.integraletoegang.api.huishouden.FindHuishoudenVersie;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers {@link FindHuishoudenVersie}: the version up to which a page can show a household, which is where both the
 * overview and need to know (two processing groups) have got to, so a worker who just registered a melding is
 * neither shown the state before it nor told the household does not exist. Each of the two projections calls
 * {@link #naCommit} for the households of its batch; the version is read and emitted after that batch has
 * committed, so whichever of the two commits last sees both and emits the version both have reached.
 */
@Component
public class HuishoudenVersieMelder {

    private static final String TE_MELDEN = HuishoudenVersieMelder.class.getName() + ".huishoudens";

    private final JdbcClient jdbc;
    private final QueryUpdateEmitter emitter;

    HuishoudenVersieMelder(JdbcClient jdbc, QueryUpdateEmitter emitter) {
        this.jdbc = jdbc;
        this.emitter = emitter;
    }

    @QueryHandler
    Long handle(FindHuishoudenVersie query) {
        return zichtbaar(query.huishoudenId());
    }

    /** After the current batch commits, tells the pages waiting on the household how far they can show it. */
    public void naCommit(String huishoudenId) {
        if (!CurrentUnitOfWork.isStarted()) {
            meld(huishoudenId);
            return;
        }
        // once per household and batch, however many of its events the batch holds
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        batch.<Set<String>>getOrComputeResource(TE_MELDEN, sleutel -> {
            Set<String> huishoudens = new LinkedHashSet<>();
            batch.afterCommit(unitOfWork -> huishoudens.forEach(this::meld));
            return huishoudens;
        }).add(huishoudenId);
    }

    private void meld(String huishoudenId) {
        // nothing to read when no page waits on this household (the usual case)
        if (emitter.activeSubscriptions().stream().noneMatch(vraag -> vraag.getPayload() instanceof
                FindHuishoudenVersie versieVraag && versieVraag.huishoudenId().equals(huishoudenId))) {
            return;
        }
        long versie = zichtbaar(huishoudenId);
        if (versie != FindHuishoudenVersie.ONBEKEND) {
            emitter.emit(FindHuishoudenVersie.class, vraag -> vraag.huishoudenId().equals(huishoudenId), versie);
        }
    }

    private long zichtbaar(String huishoudenId) {
        return jdbc.sql("""
                        SELECT LEAST(h.versie, t.versie) FROM huishouden_versie h
                        JOIN toegang_versie t ON t.huishouden_id = h.huishouden_id
                        WHERE h.huishouden_id = :id""")
                .param("id", huishoudenId).query(Long.class).optional().orElse(FindHuishoudenVersie.ONBEKEND);
    }
}
