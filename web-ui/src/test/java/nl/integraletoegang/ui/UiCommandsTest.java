package nl.integraletoegang.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.integraletoegang.api.error.BusinessError;
import nl.integraletoegang.api.error.BusinessErrorCode;
import nl.integraletoegang.api.plan.CompletePlanActie;
import nl.integraletoegang.platform.audit.AuditMetadataFactory;
import nl.integraletoegang.platform.veld.CommandValidatie;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * What the pages make of the command side's answers, on a real Axon command bus: a rule's refusal keeps its rule
 * and Dutch explanation, and a bus without the command side (the query side alone) says it cannot write now.
 */
class UiCommandsTest {

    private final SimpleCommandBus bus = SimpleCommandBus.builder().build();
    private final UiCommands commands = new UiCommands(DefaultCommandGateway.builder().commandBus(bus).build(),
            new AuditMetadataFactory(), null);
    private final CompletePlanActie afronden = new CompletePlanActie("hh-1", "c-1", "a-1", null);

    @Test
    void aRefusalOfTheCommandSideBecomesAWeigeringWithItsRuleAndExplanation() {
        bus.subscribe(CompletePlanActie.class.getName(), bericht -> {
            throw new CommandExecutionException("refused", null, new BusinessError(BusinessErrorCode.RULE_VIOLATED,
                    "actie-al-afgerond", "Deze actie is al afgerond."));
        });

        assertThatThrownBy(() -> commands.send(afronden)).isInstanceOfSatisfying(Weigering.class, weigering -> {
            assertThat(weigering.status()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(weigering.regel()).isEqualTo("actie-al-afgerond");
            assertThat(weigering.uitleg()).isEqualTo("Deze actie is al afgerond.");
        });
    }

    @Test
    void withoutTheCommandSideOnTheBusTheUiSaysItCannotWriteNow() {
        assertThatThrownBy(() -> commands.send(afronden)).isInstanceOfSatisfying(Weigering.class, weigering -> {
            assertThat(weigering.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(weigering.uitleg()).startsWith("Wijzigen kan nu niet");
        });
    }

    @Test
    void aFailureWithoutBusinessDetailsIsNotDressedUpAsARefusal() {
        bus.subscribe(CompletePlanActie.class.getName(), bericht -> {
            throw new IllegalStateException("database weg");
        });

        assertThatThrownBy(() -> commands.send(afronden)).isNotInstanceOf(Weigering.class);
    }

    @Test
    void aCommandThatBreaksAFieldRuleIsRefusedBeforeItIsDispatchedAndNothingHandlesIt() {
        AtomicBoolean behandeld = new AtomicBoolean();
        bus.subscribe(CompletePlanActie.class.getName(), bericht -> {
            behandeld.set(true);
            return 1L;
        });
        try (ValidatorFactory validatie = Validation.buildDefaultValidatorFactory()) {
            DefaultCommandGateway gateway = DefaultCommandGateway.builder().commandBus(bus)
                    .dispatchInterceptors(new CommandValidatie(validatie)).build();
            UiCommands gecontroleerd = new UiCommands(gateway, new AuditMetadataFactory(), null);

            assertThatThrownBy(() -> gecontroleerd.send(new CompletePlanActie("hh-1", "c-1", "a\u0000", null)))
                    .isInstanceOfSatisfying(Weigering.class, weigering -> {
                        assertThat(weigering.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                        assertThat(weigering.regel()).isEqualTo("veldregel");
                        assertThat(weigering.uitleg()).startsWith("Een id bestaat uit hoogstens 64")
                                .endsWith("Er is niets opgeslagen.").doesNotContain("\u0000");
                    });
            assertThat(behandeld).isFalse();
            assertThat((Long) gecontroleerd.send(afronden)).isEqualTo(1L);
        }
    }
}
