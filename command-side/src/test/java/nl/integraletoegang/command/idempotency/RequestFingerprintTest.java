package nl.integraletoegang.command.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.integraletoegang.api.casus.Levensdomein;
import org.junit.jupiter.api.Test;

/**
 * A retry is recognised by its fingerprint, also by another run of the JVM: the fingerprint may not depend on the
 * order in which a set or a map happens to iterate, nor on the order of a record's components.
 */
class RequestFingerprintTest {

    record Lid(String naam, Set<String> rollen) {
    }

    record Verzoek(String huishoudenId, Set<Levensdomein> levensdomeinen, List<Lid> leden, Map<String, Integer> telling) {
    }

    private final RequestFingerprint fingerprint = new RequestFingerprint(new ObjectMapper());

    private static <T> Set<T> inOrder(T... elements) {
        return new LinkedHashSet<>(List.of(elements));
    }

    /** The counts a=1 and b=2, inserted in the given order. */
    private static Map<String, Integer> map(String first, String second) {
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put(first, first.equals("a") ? 1 : 2);
        map.put(second, second.equals("a") ? 1 : 2);
        return map;
    }

    @Test
    void setsAndMapsGiveTheSameFingerprintWhateverTheirIterationOrder() throws Exception {
        Verzoek een = new Verzoek("hh-1", inOrder(Levensdomein.SCHULDEN, Levensdomein.WONEN, Levensdomein.INKOMEN),
                List.of(new Lid("Sanne", inOrder("ouder", "aanvrager"))), map("a", "b"));
        Verzoek ander = new Verzoek("hh-1", inOrder(Levensdomein.INKOMEN, Levensdomein.SCHULDEN, Levensdomein.WONEN),
                List.of(new Lid("Sanne", inOrder("aanvrager", "ouder"))), map("b", "a"));

        assertThat(fingerprint.of("/api/meldingen", een)).isEqualTo(fingerprint.of("/api/meldingen", ander));
        assertThat(new String(fingerprint.canonicalJson(een), StandardCharsets.UTF_8)).isEqualTo(
                "{\"huishoudenId\":\"hh-1\",\"leden\":[{\"naam\":\"Sanne\",\"rollen\":[\"aanvrager\",\"ouder\"]}],"
                        + "\"levensdomeinen\":[\"INKOMEN\",\"SCHULDEN\",\"WONEN\"],\"telling\":{\"a\":1,\"b\":2}}");
    }

    @Test
    void theFingerprintIsFixedByPathAndContentAlone() {
        Verzoek verzoek = new Verzoek("hh-1", Set.of(Levensdomein.WERK), List.of(), Map.of());
        String first = fingerprint.of("/api/meldingen", verzoek);

        // a golden value: the same request gives the same fingerprint in every run and on every instance
        assertThat(first).hasSize(64).isEqualTo(GOLDEN);
        assertThat(fingerprint.of("/api/meldingen", new Verzoek("hh-1", Set.of(Levensdomein.INKOMEN), List.of(),
                Map.of()))).isNotEqualTo(first);
        assertThat(fingerprint.of("/api/huishoudens/hh-1/casussen/c-1/escalaties", verzoek)).isNotEqualTo(first);
        // the order of a list is part of the request
        assertThat(fingerprint.of("/x", List.of("a", "b"))).isNotEqualTo(fingerprint.of("/x", List.of("b", "a")));
    }

    private static final String GOLDEN = "09efaff8b5ec603c318c65d4a91e5196e2c8885808d38496cfc4a052c4c5dc6b";
}
