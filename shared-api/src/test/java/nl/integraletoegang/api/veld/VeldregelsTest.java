package nl.integraletoegang.api.veld;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.integraletoegang.api.casus.Casusregisseur;
import nl.integraletoegang.api.casus.CloseCasus;
import nl.integraletoegang.api.casus.Kanaal;
import nl.integraletoegang.api.casus.Levensdomein;
import nl.integraletoegang.api.casus.Persoon;
import nl.integraletoegang.api.casus.RegisterMelding;
import nl.integraletoegang.api.casus.TriageCasus;
import nl.integraletoegang.api.casus.Uitkomst;
import nl.integraletoegang.api.casus.Urgentie;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The field rules of the contract: each kind of text field takes its longest value and every character class it
 * allows, and refuses one character more, a NUL, other control characters and markup. Every text field of every
 * command carries a rule, so nothing a client sends reaches the aggregate unchecked.
 */
class VeldregelsTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    record Velden(@Identificatie String id, @Gebruikersnaam String gebruiker, @Code String code,
                  @Label String label, @Persoonsnaam String naam, @VrijeTekst String kort,
                  @VrijeTekst(max = VrijeTekst.LANG) String lang) {
    }

    private static Velden velden() {
        return new Velden("a", "b", "C", "d", "e", "f", "g");
    }

    private static Set<String> fouten(Velden velden) {
        Set<String> paden = new HashSet<>();
        validator.validate(velden).forEach(v -> paden.add(v.getPropertyPath().toString()));
        return paden;
    }

    @Test
    void theLongestValueOfEveryCharacterClassIsAccepted() {
        String idTekens = "Az09_-".repeat(11).substring(0, Identificatie.MAX);
        String gebruiker = "anna.de-Vries_1@gemeente.nl".repeat(5).substring(0, Gebruikersnaam.MAX);
        String code = "JEUGD_2".repeat(10).substring(0, Code.MAX);
        String label = "Wijk ’s-Hertogenbosch (Noord/Oost) & Éénhoorn, 3.".repeat(3).substring(0, Label.MAX);
        // a letter outside the Basic Multilingual Plane (two UTF-16 units) and combining accents
        String naam = vul("Zoë O’Brien-Çelik d.J. 𠀀e\u0301 ", Persoonsnaam.MAX);
        String vrij = vul("Regel één\r\n\twith emoji 😀, <b>markup</b>, € and ‘quotes’.", VrijeTekst.KORT);

        assertThat(fouten(new Velden(idTekens, gebruiker, code, label, naam, vrij, vrij + vrij))).isEmpty();
    }

    /** The pattern repeated up to exactly {@code lengte} UTF-16 units, never splitting a 4-byte character. */
    static String vul(String patroon, int lengte) {
        StringBuilder tekst = new StringBuilder();
        int[] codepoints = patroon.codePoints().toArray();
        for (int i = 0; tekst.length() + Character.charCount(codepoints[i % codepoints.length]) <= lengte; i++) {
            tekst.appendCodePoint(codepoints[i % codepoints.length]);
        }
        while (tekst.length() < lengte) {
            tekst.append('a');
        }
        return tekst.toString();
    }

    @Test
    void oneCharacterMoreIsRefused() {
        assertThat(fouten(new Velden("a".repeat(Identificatie.MAX + 1), "b".repeat(Gebruikersnaam.MAX + 1),
                "C".repeat(Code.MAX + 1), "d".repeat(Label.MAX + 1), "e".repeat(Persoonsnaam.MAX + 1),
                "f".repeat(VrijeTekst.KORT + 1), "g".repeat(VrijeTekst.LANG + 1))))
                .containsExactlyInAnyOrder("id", "gebruiker", "code", "label", "naam", "kort", "lang");
    }

    @Test
    void nulAndOtherControlCharactersAreRefusedEverywhere() {
        for (String stuur : List.of("\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\ud800")) {
            assertThat(fouten(new Velden("a" + stuur, "b" + stuur, "C" + stuur, "d" + stuur, "e" + stuur,
                    "f" + stuur, "g" + stuur)))
                    .as("U+%04X", (int) stuur.charAt(0))
                    .containsExactlyInAnyOrder("id", "gebruiker", "code", "label", "naam", "kort", "lang");
        }
    }

    @Test
    void lineBreaksAndTabsOnlyInFreeText() {
        assertThat(fouten(new Velden("a\n", "b\t", "C\n", "d\n", "e\t", "f\n\r\t", "g\n")))
                .containsExactlyInAnyOrder("id", "gebruiker", "code", "label", "naam");
    }

    @Test
    void markupIsNoTeamNoNameAndNoLabel() {
        assertThat(fouten(new Velden("<script>", "<script>", "<SCRIPT>", "<script>", "<script>", "<script>",
                "<script>"))).containsExactlyInAnyOrder("id", "gebruiker", "code", "label", "naam");
        assertThat(fouten(velden())).isEmpty();
    }

    @Test
    void nestedValuesOfACommandAreChecked() {
        RegisterMelding melding = new RegisterMelding("h1", "v1", "c1", Kanaal.TELEFOON, "WMO",
                Set.of(Levensdomein.WONEN), "x", List.of(new Persoon("p\u0000", "Ann\u0000", LocalDate.of(1990, 1, 1),
                "12345678\u0000")), Set.of(), "Noord", null, "t1");
        assertThat(validator.validate(melding)).extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("leden[0].persoonId", "leden[0].naam", "leden[0].bsn");

        TriageCasus triage = new TriageCasus("h1", "c1", "x", Set.of(Levensdomein.WONEN), Urgentie.NORMAAL, "v1",
                new Casusregisseur("a".repeat(200), "<script>"), 1L);
        assertThat(validator.validate(triage)).extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("regisseur.gebruikersnaam", "regisseur.team");

        CloseCasus sluiting = new CloseCasus("h1", "c1", Map.of("v\u0000", Uitkomst.EIGEN_NETWERK), 1L);
        assertThat(validator.validate(sluiting)).hasSize(1);
    }

    @Test
    void everyTextFieldOfEveryCommandCarriesAFieldRule() throws IOException {
        Path root = Path.of("target", "classes");
        List<Class<?>> commands;
        try (Stream<Path> files = Files.walk(root)) {
            commands = files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(VeldregelsTest::load)
                    .filter(Class::isRecord)
                    .filter(type -> Arrays.stream(type.getDeclaredFields())
                            .anyMatch(field -> field.isAnnotationPresent(TargetAggregateIdentifier.class)))
                    .toList();
        }
        assertThat(commands).hasSizeGreaterThan(20);
        List<String> zonderRegel = new ArrayList<>();
        Set<Class<?>> gezien = new HashSet<>();
        commands.forEach(command -> zonderRegel(command, gezien, zonderRegel));
        assertThat(zonderRegel).isEmpty();
    }

    private static void zonderRegel(Class<?> record, Set<Class<?>> gezien, List<String> zonderRegel) {
        if (!gezien.add(record)) {
            return;
        }
        for (RecordComponent recordComponent : record.getRecordComponents()) {
            // constraints land on the record's field, not on its component
            Field component = veld(record, recordComponent.getName());
            String naam = record.getSimpleName() + "." + component.getName();
            if (component.getType() == String.class && !heeftRegel(component.getAnnotations())) {
                zonderRegel.add(naam);
            }
            AnnotatedType type = component.getAnnotatedType();
            if (type instanceof AnnotatedParameterizedType parameterized) {
                for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
                    if (argument.getType() == String.class && !heeftRegel(argument.getAnnotations())) {
                        zonderRegel.add(naam + "<String>");
                    }
                    if (argument.getType() instanceof Class<?> element && element.isRecord()) {
                        assertThat(component.isAnnotationPresent(jakarta.validation.Valid.class)).as(naam + " @Valid")
                                .isTrue();
                        zonderRegel(element, gezien, zonderRegel);
                    }
                }
            }
            if (component.getType().isRecord()) {
                assertThat(component.isAnnotationPresent(jakarta.validation.Valid.class)).as(naam + " @Valid")
                        .isTrue();
                zonderRegel(component.getType(), gezien, zonderRegel);
            }
        }
    }

    private static boolean heeftRegel(Annotation[] annotations) {
        return Arrays.stream(annotations).map(Annotation::annotationType).anyMatch(type ->
                type.getPackage().getName().equals(Identificatie.class.getPackageName())
                        || type == jakarta.validation.constraints.Pattern.class);
    }

    private static Field veld(Class<?> record, String naam) {
        try {
            return record.getDeclaredField(naam);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
