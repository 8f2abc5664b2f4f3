package nl.integraletoegang.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

/** Metadata reads the same through the cached map deserializer as through Axon's own, which it replaces. */
class MetaDataLezerTest {

    private final JacksonSerializer axon = JacksonSerializer.defaultSerializer();
    private final JacksonSerializer lezer = JacksonSerializer.defaultSerializer();

    {
        lezer.getObjectMapper().registerModule(MetaDataLezer.module());
    }

    @Test
    void readsEveryKindOfValueAsAxonDoes() {
        Map<String, Object> geneste = new LinkedHashMap<>();
        geneste.put("subject", "p-1");
        geneste.put("versleuteld", "AAEC");
        Map<String, Object> waarden = new LinkedHashMap<>();
        waarden.put("actor", "anna");
        waarden.put("team", "WMO");
        waarden.put("aantal", 3);
        waarden.put("groot", 12_345_678_901L);
        waarden.put("fractie", 0.25);
        waarden.put("waar", true);
        waarden.put("niets", null);
        waarden.put("reden", geneste);
        waarden.put("lijst", Arrays.asList("a", 1, null));
        MetaData metaData = MetaData.from(waarden);

        SerializedObject<byte[]> opgeslagen = axon.serialize(metaData, byte[].class);
        for (int i = 0; i < 3; i++) {
            MetaData gelezen = lezer.deserialize(opgeslagen);
            assertThat(gelezen).isEqualTo(axon.deserialize(opgeslagen));
            assertThat(gelezen.get("reden")).isEqualTo(geneste);
            assertThat(gelezen.get("lijst")).isEqualTo(Arrays.asList("a", 1, null));
        }
        assertThat((MetaData) lezer.deserialize(axon.serialize(MetaData.emptyInstance(), byte[].class))).isEmpty();
    }

    @Test
    void takesThePlaceOfAxonsDeserializer() throws Exception {
        ObjectMapper mapper = lezer.getObjectMapper();
        try (JsonParser parser = mapper.createParser("{}")) {
            var context = ((DefaultDeserializationContext) mapper.getDeserializationContext())
                    .createInstance(mapper.getDeserializationConfig(), parser, null);
            assertThat(context.findRootValueDeserializer(mapper.constructType(MetaData.class)))
                    .isInstanceOf(MetaDataLezer.class);
        }
        assertThat(List.of(MetaDataLezer.module().getModuleName())).containsExactly("integrale-toegang-metadata");
    }
}
