package nl.integraletoegang.command.error;

import nl.integraletoegang.api.error.BusinessError;
import nl.integraletoegang.api.error.BusinessErrorCode;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Turns a refusal of the domain into a {@link CommandExecutionException} whose details are a {@link BusinessError}
 * from the contract, so the refusal keeps its meaning across the command bus, also when that is Axon Server.
 */
@Component
class BusinessErrorInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        try {
            return chain.proceed();
        } catch (DomainRuleViolation violation) {
            throw new CommandExecutionException(violation.getMessage(), null, violation.error());
        } catch (AggregateNotFoundException notFound) {
            throw new CommandExecutionException(notFound.getMessage(), null, new BusinessError(
                    BusinessErrorCode.NOT_FOUND, "huishouden-onbekend", "Dit huishouden is niet bekend."));
        }
    }
}
