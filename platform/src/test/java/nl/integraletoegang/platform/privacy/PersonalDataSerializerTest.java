package nl.integraletoegang.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

/**
 * Personal values are stored encrypted and read back in plain text, in nested records and lists too, whether the
 * stored form arrives as bytes or as the tree an upcaster passed on; reading never changes that tree.
 */
class PersonalDataSerializerTest {

    record Lid(String persoonId, @PersonalData(subject = "persoonId") String naam) {
    }

    record Voorbeeld(String huishoudenId, @PersonalData String omschrijving, List<Lid> leden, String kanaal) {
    }

    private static final byte[] SLEUTEL = AesGcm.nieuweSleutel();

    /** Every subject has the same key here; the keys' store is the subject of other tests. */
    private final PersoonSleutels sleutels = new PersoonSleutels(null, "", 10) {
        @Override
        Optional<byte[]> voorVersleutelen(String subjectId) {
            return Optional.of(SLEUTEL);
        }

        @Override
        Optional<byte[]> voorOntsleutelen(String subjectId) {
            return Optional.of(SLEUTEL);
        }
    };

    private final PersonalDataSerializer serializer =
            new PersonalDataSerializer(JacksonSerializer.defaultSerializer(), sleutels);

    private final Voorbeeld voorbeeld = new Voorbeeld("hh-1", "Huurachterstand van drie maanden",
            List.of(new Lid("p-1", "Fatima el Amrani"), new Lid("p-2", "Karim el Amrani")), "TELEFOON");

    @Test
    void personalValuesAreStoredEncryptedAndReadBackFromBytes() {
        SerializedObject<byte[]> opgeslagen = serializer.serialize(voorbeeld, byte[].class);
        String json = new String(opgeslagen.getData(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("Huurachterstand", "Fatima", "Karim").contains("versleuteld", "TELEFOON");

        Voorbeeld gelezen = serializer.deserialize(opgeslagen);
        assertThat(gelezen).isEqualTo(voorbeeld);
        // read twice from the same stored form: the same answer
        assertThat((Voorbeeld) serializer.deserialize(opgeslagen)).isEqualTo(voorbeeld);
    }

    @Test
    void readingAnUpcastersTreeLeavesThatTreeEncrypted() {
        SerializedObject<JsonNode> boom = serializer.serialize(voorbeeld, JsonNode.class);
        String voor = boom.getData().toString();
        SerializedObject<JsonNode> tussenvorm = new SimpleSerializedObject<>(boom.getData(), JsonNode.class,
                boom.getType());

        assertThat((Voorbeeld) serializer.deserialize(tussenvorm)).isEqualTo(voorbeeld);
        assertThat(boom.getData().toString()).isEqualTo(voor).doesNotContain("Fatima");
        assertThat((Voorbeeld) serializer.deserialize(tussenvorm)).isEqualTo(voorbeeld);
    }

    @Test
    void theStoredFormIsJacksonsOwnWithEnvelopesInPlaceOfThePersonalValues() throws Exception {
        JacksonSerializer jackson = JacksonSerializer.defaultSerializer();
        SerializedObject<byte[]> opgeslagen = serializer.serialize(voorbeeld, byte[].class);
        SerializedObject<byte[]> gewoon = jackson.serialize(voorbeeld, byte[].class);
        assertThat(opgeslagen.getType()).isEqualTo(gewoon.getType());

        com.fasterxml.jackson.databind.node.ObjectNode boom =
                (com.fasterxml.jackson.databind.node.ObjectNode) jackson.getObjectMapper().readTree(opgeslagen.getData());
        assertThat(boom.get("omschrijving").get("versleuteld").asText()).isNotBlank();
        assertThat(boom.get("leden").get(1).get("naam").get("subject").asText()).isEqualTo("p-2");
        boom.put("omschrijving", voorbeeld.omschrijving());
        for (int i = 0; i < 2; i++) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) boom.get("leden").get(i))
                    .put("naam", voorbeeld.leden().get(i).naam());
        }
        assertThat(boom).isEqualTo(jackson.getObjectMapper().readTree(gewoon.getData()));
    }
}
