package nl.integraletoegang.platform.vrager;

import java.util.List;
import java.util.function.BiFunction;
import nl.integraletoegang.platform.security.Medewerker;
import nl.integraletoegang.platform.web.CorrelationIdFilter;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryMessage;
import org.slf4j.MDC;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Puts the logged-in user on every query sent through the query gateway (see {@link Vrager}), unless the sender put
 * an asker on it already.
 */
@Component
class VragerMetadata implements MessageDispatchInterceptor<QueryMessage<?, ?>> {

    VragerMetadata(QueryGateway queryGateway) {
        if (queryGateway instanceof DefaultQueryGateway gateway) {
            gateway.registerDispatchInterceptor(this);
        }
    }

    @Override
    public BiFunction<Integer, QueryMessage<?, ?>, QueryMessage<?, ?>> handle(
            List<? extends QueryMessage<?, ?>> messages) {
        return (index, query) -> {
            if (query.getMetaData().containsKey(Vrager.GEBRUIKER)) {
                return query;
            }
            return Medewerker.from(SecurityContextHolder.getContext().getAuthentication())
                    .<QueryMessage<?, ?>>map(medewerker -> query.andMetaData(new Vrager(medewerker,
                            Vrager.huidigEndpoint(), MDC.get(CorrelationIdFilter.MDC_KEY)).alsMetaData()))
                    .orElse(query);
        };
    }
}
