package nl.integraletoegang.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.junit.jupiter.api.Test;

/** The cached resolver answers what Axon's own resolver answers, for every shape a command can have. */
class GecachteCommandTargetResolverTest {

    record MetVersie(@TargetAggregateIdentifier String huishoudenId, String tekst,
                     @TargetAggregateVersion Long expectedVersion) {
    }

    record ZonderVersie(@TargetAggregateIdentifier String huishoudenId) {
    }

    record VersieAlsTekst(@TargetAggregateIdentifier String huishoudenId, @TargetAggregateVersion String versie) {
    }

    record ZonderDoel(String huishoudenId) {
    }

    static final class MetVelden {
        @TargetAggregateIdentifier
        private final String id;
        @TargetAggregateVersion
        private final int versie;

        MetVelden(String id, int versie) {
            this.id = id;
            this.versie = versie;
        }
    }

    private final GecachteCommandTargetResolver gecacht = new GecachteCommandTargetResolver();
    private final AnnotationCommandTargetResolver axon = AnnotationCommandTargetResolver.builder().build();

    @Test
    void findsTheSameHouseholdAndVersionAsAxon() {
        for (Object command : List.of(new MetVersie("hh-1", "x", 7L), new MetVersie("hh-2", "y", null),
                new ZonderVersie("hh-3"), new VersieAlsTekst("hh-4", "12"), new MetVelden("hh-5", 3))) {
            CommandMessage<Object> message = GenericCommandMessage.asCommandMessage(command);
            // twice: the second answer comes from the cached members
            for (int i = 0; i < 2; i++) {
                assertThat(gecacht.resolveTarget(message)).isEqualTo(axon.resolveTarget(message));
            }
        }
        assertThat(gecacht.resolveTarget(GenericCommandMessage.asCommandMessage(new MetVersie("hh-1", "x", 7L))))
                .satisfies(target -> {
                    assertThat(target.getIdentifier()).isEqualTo("hh-1");
                    assertThat(target.getVersion()).isEqualTo(7L);
                });
    }

    @Test
    void refusesWhatAxonRefuses() {
        CommandMessage<Object> zonderDoel = GenericCommandMessage.asCommandMessage(new ZonderDoel("hh-1"));
        assertThatThrownBy(() -> gecacht.resolveTarget(zonderDoel)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ZonderDoel");
        assertThatThrownBy(() -> axon.resolveTarget(zonderDoel)).isInstanceOf(IllegalArgumentException.class);

        CommandMessage<Object> geenGetal = GenericCommandMessage.asCommandMessage(new VersieAlsTekst("hh-1", "x"));
        assertThatThrownBy(() -> gecacht.resolveTarget(geenGetal)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a number");
        assertThatThrownBy(() -> axon.resolveTarget(geenGetal)).isInstanceOf(IllegalArgumentException.class);
    }
}
