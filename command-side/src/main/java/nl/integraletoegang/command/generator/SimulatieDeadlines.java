package nl.integraletoegang.command.generator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.axonframework.common.Registration;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.GenericDeadlineMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.ScopeAwareProvider;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;

/**
 * The deadline manager the command handlers get while the generator is enabled. On a thread that generates history
 * ({@link SimulatieKlok#isActief()}) the termijn deadlines are kept with the household being generated and fired by
 * the generator when its simulated time passes them ({@link #fire}), one by one in the order of their moments and on
 * the generator's own thread: the warnings and expiries land in the household's history at the moment they were due,
 * in the same order in every run with the same seed, instead of racing the generator in the durable scheduler. What is
 * still due when the household reaches the present is handed to the durable deadline manager ({@link #handOver}), so
 * the service warns and expires those termijnen itself later. Every other thread goes straight to the durable one.
 */
final class SimulatieDeadlines implements DeadlineManager {

    private record Gepland(String id, Instant moment, String naam, Object payload, ScopeDescriptor scope) {
    }

    private static final ThreadLocal<List<Gepland>> GEPLAND = ThreadLocal.withInitial(ArrayList::new);

    private final DeadlineManager duurzaam;
    private final ScopeAwareProvider scopes;
    private final TransactionManager transactions;

    SimulatieDeadlines(DeadlineManager duurzaam, ScopeAwareProvider scopes, TransactionManager transactions) {
        this.duurzaam = duurzaam;
        this.scopes = scopes;
        this.transactions = transactions;
    }

    @Override
    public String schedule(Instant moment, String naam, Object payload, ScopeDescriptor scope) {
        if (!SimulatieKlok.isActief()) {
            return duurzaam.schedule(moment, naam, payload, scope);
        }
        String id = UUID.randomUUID().toString();
        GEPLAND.get().add(new Gepland(id, moment, naam, payload, scope));
        return id;
    }

    @Override
    public void cancelSchedule(String naam, String id) {
        if (!SimulatieKlok.isActief()) {
            duurzaam.cancelSchedule(naam, id);
            return;
        }
        GEPLAND.get().removeIf(g -> g.naam().equals(naam) && g.id().equals(id));
    }

    @Override
    public void cancelAll(String naam) {
        if (!SimulatieKlok.isActief()) {
            duurzaam.cancelAll(naam);
            return;
        }
        GEPLAND.get().removeIf(g -> g.naam().equals(naam));
    }

    @Override
    public void cancelAllWithinScope(String naam, ScopeDescriptor scope) {
        if (!SimulatieKlok.isActief()) {
            duurzaam.cancelAllWithinScope(naam, scope);
            return;
        }
        GEPLAND.get().removeIf(g -> g.naam().equals(naam) && g.scope().equals(scope));
    }

    /**
     * Fires, on this thread and each in a unit of work of its own, every deadline kept for the current household
     * that is due at or before {@code tot}, at the moment it was due.
     */
    void fire(Instant tot) {
        List<Gepland> gepland = GEPLAND.get();
        while (true) {
            Gepland volgende = gepland.stream().filter(g -> !g.moment().isAfter(tot))
                    .min(Comparator.comparing(Gepland::moment)).orElse(null);
            if (volgende == null) {
                return;
            }
            gepland.remove(volgende);
            SimulatieKlok.zet(volgende.moment());
            DeadlineMessage<?> bericht = GenericDeadlineMessage.asDeadlineMessage(volgende.naam(),
                    volgende.payload(), volgende.moment());
            DefaultUnitOfWork<DeadlineMessage<?>> uow = DefaultUnitOfWork.startAndGet(bericht);
            uow.attachTransaction(transactions);
            ResultMessage<?> resultaat = uow.executeWithResult(() -> {
                scopes.provideScopeAwareStream(volgende.scope())
                        .filter(scopeAware -> scopeAware.canResolve(volgende.scope()))
                        .forEach(scopeAware -> {
                            try {
                                scopeAware.send(bericht, volgende.scope());
                            } catch (Exception e) {
                                throw new IllegalStateException("Deadline " + volgende.naam() + " faalde", e);
                            }
                        });
                return null;
            });
            if (resultaat.isExceptional()) {
                throw new IllegalStateException("Deadline " + volgende.naam() + " faalde",
                        resultaat.exceptionResult());
            }
        }
    }

    /** Hands what is still due for the current household to the durable deadline manager, and forgets it here. */
    void handOver() {
        List<Gepland> gepland = GEPLAND.get();
        gepland.forEach(g -> duurzaam.schedule(g.moment(), g.naam(), g.payload(), g.scope()));
        gepland.clear();
    }

    /** Forgets what was kept for the current household (after a failure: nothing of it was meant to happen). */
    void forget() {
        GEPLAND.get().clear();
    }

    @Override
    public Registration registerDispatchInterceptor(
            MessageDispatchInterceptor<? super DeadlineMessage<?>> interceptor) {
        return duurzaam.registerDispatchInterceptor(interceptor);
    }

    @Override
    public Registration registerHandlerInterceptor(
            MessageHandlerInterceptor<? super DeadlineMessage<?>> interceptor) {
        return duurzaam.registerHandlerInterceptor(interceptor);
    }

    @Override
    public void shutdown() {
        duurzaam.shutdown();
    }
}
