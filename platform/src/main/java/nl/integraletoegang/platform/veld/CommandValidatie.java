package nl.integraletoegang.platform.veld;

import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.springframework.stereotype.Component;

/**
 * Checks every command against the field rules of the contract ({@code nl.integraletoegang.api.veld}) before it is
 * dispatched, whoever sends it: the write API, the web UI, a deadline. Every process registers it on its command
 * gateway, so a command that breaks a rule never reaches the command side and nothing is stored; the sender gets a
 * {@link org.axonframework.messaging.interceptors.JSR303ViolationException} naming the fields.
 */
@Component
public class CommandValidatie implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final BeanValidationInterceptor<CommandMessage<?>> validatie;

    public CommandValidatie(ValidatorFactory validatorFactory) {
        this.validatie = new BeanValidationInterceptor<>(validatorFactory);
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return validatie.handle(messages);
    }
}
