package nl.integraletoegang.query;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Runs a projection's recomputation once per household and batch, just before the batch's transaction commits,
 * however many of the household's events the batch holds. For derived values that nothing reads within the batch,
 * such as a household's label: a new household's address and each of its members recomputed it from its tables
 * after every event (three statements each time, about a fifth of a replay's statements, docs/benchmarks.md).
 * Outside a batch (a dead letter processed again, a test) it runs at once.
 */
public final class EenmaalPerBatch {

    private final String resource;
    private final Consumer<String> actie;

    /** {@code naam} tells the projections' recomputations apart within one batch. */
    public EenmaalPerBatch(String naam, Consumer<String> actie) {
        this.resource = EenmaalPerBatch.class.getName() + "." + naam;
        this.actie = actie;
    }

    public void voor(String huishoudenId) {
        if (!CurrentUnitOfWork.isStarted()) {
            actie.accept(huishoudenId);
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        batch.<Set<String>>getOrComputeResource(resource, sleutel -> {
            Set<String> huishoudens = new LinkedHashSet<>();
            batch.onPrepareCommit(unitOfWork -> huishoudens.forEach(actie));
            return huishoudens;
        }).add(huishoudenId);
    }
}
