package nl.integraletoegang.standalone.architectuur;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Keeps the modules in their rooms: the contract carries no framework but Axon's annotations and Bean Validation,
 * the platform knows neither side, the two sides know only the contract and the platform, the query side publishes
 * no events, the command side reads no read model, the household aggregate keeps its entities to itself, and the
 * web UI knows only the contract and the platform (it reaches both sides through the buses) while the sides serve no
 * pages.
 */
class ArchitectuurTest {

    static final JavaClasses PRODUCTIE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.integraletoegang");

    static final ArchRule CONTRACT_ZONDER_FRAMEWORK = classes().that().resideInAPackage("nl.integraletoegang.api..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("nl.integraletoegang.api..", "java..",
                    "org.axonframework.modelling.command..", "org.axonframework.serialization..",
                    "jakarta.validation..")
            .as("shared-api is the contract only: records, Axon's routing and revision annotations, Bean Validation");

    static final ArchRule PLATFORM_KENT_GEEN_KANT = noClasses().that().resideInAPackage("nl.integraletoegang.platform..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.integraletoegang.command..",
                    "nl.integraletoegang.query..", "nl.integraletoegang.ui..", "nl.integraletoegang.standalone..")
            .as("platform serves every process and knows none of them");

    static final ArchRule SCHRIJFKANT_KENT_LEESKANT_NIET = noClasses().that()
            .resideInAPackage("nl.integraletoegang.command..")
            .should().dependOnClassesThat().resideInAPackage("nl.integraletoegang.query..")
            .as("the command side knows the query side only through the contract");

    static final ArchRule LEESKANT_KENT_SCHRIJFKANT_NIET = noClasses().that()
            .resideInAPackage("nl.integraletoegang.query..")
            .should().dependOnClassesThat().resideInAPackage("nl.integraletoegang.command..")
            .as("the query side (and its pages) reach the command side only through the command bus");

    static final ArchRule LEESKANT_PUBLICEERT_GEEN_EVENTS = noClasses().that()
            .resideInAPackage("nl.integraletoegang.query..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.axonframework.eventhandling.gateway.EventGateway")
            .orShould().callMethod(org.axonframework.modelling.command.AggregateLifecycle.class, "apply", Object.class)
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.axonframework.eventhandling.EventBus")
            .as("nothing on the query side writes events");

    /** The root, its entities and their state: what the household's rules see, and nothing outside them does. */
    static final String AGGREGAAT = "nl.integraletoegang.command.huishouden..";

    static final ArchRule AGGREGAAT_IS_PAKKETPRIVE = classes().that().resideInAPackage(AGGREGAAT)
            .should().notBePublic()
            .as("the Huishouden aggregate's root, entities and value objects are package-private");

    static final ArchRule AGGREGAAT_ALLEEN_VIA_COMMANDS = noClasses().that().resideOutsideOfPackage(AGGREGAAT)
            .should().dependOnClassesThat().resideInAPackage(AGGREGAAT)
            .as("other packages reach the Huishouden aggregate only through commands on the bus");

    static final ArchRule UI_KENT_ALLEEN_CONTRACT_EN_PLATFORM = noClasses().that()
            .resideInAPackage("nl.integraletoegang.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.integraletoegang.command..",
                    "nl.integraletoegang.query..", "nl.integraletoegang.standalone..")
            .as("the web UI knows only the contract and the platform: it reads through the query bus and writes "
                    + "through the command bus");

    static final ArchRule LEESKANT_ZONDER_PAGINAS = noClasses().that()
            .resideInAnyPackage("nl.integraletoegang.query..", "nl.integraletoegang.command..")
            .should().beAnnotatedWith(org.springframework.stereotype.Controller.class)
            .orShould().dependOnClassesThat().resideInAnyPackage("org.thymeleaf..", "nl.integraletoegang.ui..")
            .orShould().resideInAPackage("nl.integraletoegang.query.ui..")
            .as("the sides serve an API, no pages: the web UI is a module of its own");

    @Test
    void theContractCarriesNoFramework() {
        CONTRACT_ZONDER_FRAMEWORK.check(PRODUCTIE);
    }

    @Test
    void thePlatformKnowsNeitherSide() {
        PLATFORM_KENT_GEEN_KANT.check(PRODUCTIE);
    }

    @Test
    void theSidesKnowEachOtherOnlyThroughTheContract() {
        SCHRIJFKANT_KENT_LEESKANT_NIET.check(PRODUCTIE);
        LEESKANT_KENT_SCHRIJFKANT_NIET.check(PRODUCTIE);
    }

    @Test
    void theWebUiKnowsOnlyTheContractAndThePlatform() {
        UI_KENT_ALLEEN_CONTRACT_EN_PLATFORM.check(PRODUCTIE);
        assertThat(PRODUCTIE.containPackage("nl.integraletoegang.ui.huishouden")).isTrue();
    }

    @Test
    void theSidesServeNoPages() {
        LEESKANT_ZONDER_PAGINAS.check(PRODUCTIE);
    }

    @Test
    void theQuerySidePublishesNoEvents() {
        LEESKANT_PUBLICEERT_GEEN_EVENTS.check(PRODUCTIE);
    }

    @Test
    void theAggregateKeepsItsEntitiesToItself() {
        AGGREGAAT_IS_PAKKETPRIVE.check(PRODUCTIE);
        AGGREGAAT_ALLEEN_VIA_COMMANDS.check(PRODUCTIE);
    }

    /** The read models are the tables the query side's migrations create; no command-side class names one. */
    @Test
    void theCommandSideReadsNoReadModel() throws Exception {
        List<String> leesmodellen = leesmodellen();
        assertThat(leesmodellen).contains("casus_overzicht", "werkvoorraad_casus", "inzage_log");

        assertThat(klassenDieNoemen("nl/integraletoegang/command", leesmodellen)).isEmpty();
    }

    /** A test of the tests: each rule does fail on a class that breaks it. */
    @Test
    void eachRuleFailsOnAClassThatBreaksIt() throws IOException {
        JavaClasses overtreders = new ClassFileImporter().importClasses(
                nl.integraletoegang.api.overtreder.ContractMetSpring.class,
                nl.integraletoegang.platform.overtreder.PlatformDatDeSchrijfkantKent.class,
                nl.integraletoegang.command.overtreder.SchrijfkantDieDeLeeskantKent.class,
                nl.integraletoegang.query.overtreder.LeeskantDieDeSchrijfkantKent.class,
                nl.integraletoegang.query.overtreder.LeeskantDieEventsPubliceert.class,
                nl.integraletoegang.command.huishouden.overtreder.OpenbaarAggregaatdeel.class,
                nl.integraletoegang.command.overtreder.KentHetAggregaatVanBinnen.class,
                nl.integraletoegang.query.overtreder.LeeskantMetPagina.class,
                nl.integraletoegang.ui.overtreder.UiDieDeLeeskantKent.class);

        assertThat(CONTRACT_ZONDER_FRAMEWORK.evaluate(overtreders).hasViolation()).isTrue();
        assertThat(PLATFORM_KENT_GEEN_KANT.evaluate(overtreders).hasViolation()).isTrue();
        assertThat(SCHRIJFKANT_KENT_LEESKANT_NIET.evaluate(overtreders).hasViolation()).isTrue();
        assertThat(LEESKANT_KENT_SCHRIJFKANT_NIET.evaluate(overtreders).hasViolation()).isTrue();
        assertThat(LEESKANT_PUBLICEERT_GEEN_EVENTS.evaluate(overtreders).hasViolation()).isTrue();
        assertThat(AGGREGAAT_IS_PAKKETPRIVE.evaluate(overtreders).hasViolation()).isTrue();
        assertThat(AGGREGAAT_ALLEEN_VIA_COMMANDS.evaluate(overtreders).hasViolation()).isTrue();
        assertThat(UI_KENT_ALLEEN_CONTRACT_EN_PLATFORM.evaluate(overtreders).hasViolation()).isTrue();
        assertThat(LEESKANT_ZONDER_PAGINAS.evaluate(overtreders).hasViolation()).isTrue();
        assertThat(klassenDieNoemen("nl/integraletoegang/standalone/architectuur", List.of("casus_overzicht")))
                .isNotEmpty();
    }

    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");
    private static final ResourcePatternResolver KLASSENPAD = new PathMatchingResourcePatternResolver();

    /** The tables the query side's migrations create, but Axon's own (tokens, dead letters), which are no read models. */
    private static List<String> leesmodellen() throws IOException {
        return Stream.of(KLASSENPAD.getResources("classpath*:db/query/*.sql"))
                .flatMap(migratie -> CREATE_TABLE.matcher(inhoud(migratie)).results())
                .map(tabel -> tabel.group(1).toLowerCase())
                .filter(tabel -> !tabel.equals("tokenentry") && !tabel.equals("deadletterentry"))
                .distinct().toList();
    }

    /** The classes under {@code pakket} (a path pattern) whose constants name one of {@code tabellen}. */
    private static List<String> klassenDieNoemen(String pakket, List<String> tabellen) throws IOException {
        List<Pattern> namen = tabellen.stream().map(tabel -> Pattern.compile("\\b" + tabel + "\\b")).toList();
        return Stream.of(KLASSENPAD.getResources("classpath*:" + pakket + "/**/*.class"))
                .filter(klasse -> namen.stream().anyMatch(naam -> naam.matcher(inhoud(klasse).toLowerCase()).find()))
                .map(Resource::getDescription)
                .toList();
    }

    private static String inhoud(Resource resource) {
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
