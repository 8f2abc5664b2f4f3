package nl.integraletoegang.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.integraletoegang.api.casus.CasusCommand;
import nl.integraletoegang.api.casus.CasusEvent;
import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the conventions of the contract, which lives for decades: events are immutable records with a revision (so
 * an upcaster can be written when one changes), commands are records addressed to their aggregate, and personal
 * data names a subject the message itself carries, so it can be encrypted with that subject's key.
 */
class ContractConventionsTest {

    private static List<Class<?>> contract;

    @BeforeAll
    static void loadContract() throws IOException {
        Path root = Path.of("target", "classes");
        try (Stream<Path> files = Files.walk(root)) {
            contract = files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(ContractConventionsTest::load)
                    .toList();
        }
        assertThat(contract).hasSizeGreaterThan(50);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyEventIsARecordWithARevision() {
        List<Class<?>> events = contract.stream()
                .filter(type -> CasusEvent.class.isAssignableFrom(type) && !type.isInterface())
                .toList();
        assertThat(events).hasSizeGreaterThan(25).allSatisfy(event -> {
            assertThat(event.isRecord()).as(event.getSimpleName() + " is a record").isTrue();
            assertThat(event.isAnnotationPresent(Revision.class)).as(event.getSimpleName() + " has a @Revision")
                    .isTrue();
        });
    }

    @Test
    void everyRevisedTypeIsARecord() {
        assertThat(contract.stream().filter(type -> type.isAnnotationPresent(Revision.class)))
                .allSatisfy(type -> assertThat(type.isRecord()).as(type.getSimpleName()).isTrue());
    }

    @Test
    void everyCommandIsARecordAddressedToItsAggregate() {
        List<Class<?>> commands = contract.stream()
                .filter(Class::isRecord)
                // the annotation lands on the record's field, not on its component
                .filter(type -> Arrays.stream(type.getDeclaredFields())
                        .anyMatch(field -> field.isAnnotationPresent(TargetAggregateIdentifier.class)))
                .toList();
        assertThat(commands).hasSizeGreaterThan(20);
        assertThat(commands).allSatisfy(command -> assertThat(command.getSimpleName())
                .doesNotEndWith("ed").doesNotEndWith("Event"));
    }

    /**
     * Events say what happened with an English verb in the past tense ({@code CasusEscalatedToProcesregisseur},
     * {@code EscalatieTakenUp}, {@code LidLeft}). Two stated exceptions, both stored for years under their names:
     * {@code TermijnAboutToExpire} announces a state rather than reporting an act, and {@code PersoonsgegevensGewist}
     * keeps the Dutch legal term of the erasure it records.
     */
    @Test
    void everyEventIsNamedWithAVerbInThePastTense() {
        Set<String> uitzonderingen = Set.of("TermijnAboutToExpire", "PersoonsgegevensGewist");
        assertThat(contract.stream().filter(type -> type.isAnnotationPresent(Revision.class))
                .map(Class::getSimpleName)
                .filter(name -> !uitzonderingen.contains(name)))
                .hasSizeGreaterThan(25)
                // one of the words is the verb: "Casus|Escalated|To|Procesregisseur", "Lid|Left", "Termijn|Met"
                .allSatisfy(name -> assertThat(name.split("(?=[A-Z])"))
                        .as(name).anyMatch(word -> word.matches("[A-Z][a-z]+ed|Met|Left|Taken|Begun|Set|Withdrawn")));
    }

    /** The aggregate finds the casus a command acts on through {@link CasusCommand}; one that forgot it is unchecked. */
    @Test
    void everyCommandOnACasusSaysSoThroughCasusCommand() {
        List<Class<?>> opEenCasus = contract.stream()
                .filter(Class::isRecord)
                .filter(type -> Arrays.stream(type.getDeclaredFields())
                        .anyMatch(field -> field.isAnnotationPresent(TargetAggregateIdentifier.class)))
                .filter(type -> Arrays.stream(type.getRecordComponents())
                        .anyMatch(component -> component.getName().equals("casusId")))
                .toList();
        assertThat(opEenCasus).hasSizeGreaterThan(20).allSatisfy(command -> assertThat(CasusCommand.class)
                .as(command.getSimpleName()).isAssignableFrom(command));
    }

    @Test
    void personalDataInAnEventNamesASubjectTheEventCarries() {
        assertThat(contract.stream().filter(type -> CasusEvent.class.isAssignableFrom(type) && type.isRecord()))
                .allSatisfy(event -> {
                    List<String> fields = Arrays.stream(event.getRecordComponents()).map(RecordComponent::getName)
                            .toList();
                    for (RecordComponent component : event.getRecordComponents()) {
                        PersonalData personalData = component.getAnnotation(PersonalData.class);
                        if (personalData != null) {
                            assertThat(fields).as(event.getSimpleName() + "." + component.getName())
                                    .contains(personalData.subject());
                        }
                    }
                });
    }
}
