package nl.integraletoegang.command.idempotency;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Fingerprints a write request so that a retry is recognised as the same request, also after a restart: the path
 * and a canonical JSON form of the body, with properties and map keys in alphabetical order and the elements of a
 * set sorted. Serialising a set as it iterates would depend on hash codes that differ between runs of the JVM.
 */
@Component
public class RequestFingerprint {

    private final ObjectMapper canonical;

    RequestFingerprint(ObjectMapper objectMapper) {
        this.canonical = objectMapper.copy()
                .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
                .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                .configure(SerializationFeature.INDENT_OUTPUT, false)
                .registerModule(new SimpleModule("canonical-sets").addSerializer(new SortedSetSerializer()));
    }

    /** A SHA-256 over the request's path and its body in canonical JSON, as 64 hex digits. */
    public String of(String path, Object requestBody) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update(canonicalJson(requestBody));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("Cannot fingerprint request", e);
        }
    }

    byte[] canonicalJson(Object requestBody) throws IOException {
        return canonical.writeValueAsBytes(requestBody);
    }

    /** Writes a set as an array of its elements' canonical JSON, in the order of that JSON text. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class SortedSetSerializer extends StdSerializer<Set> {

        SortedSetSerializer() {
            super(Set.class);
        }

        @Override
        public void serialize(Set set, JsonGenerator generator, SerializerProvider provider) throws IOException {
            ObjectMapper mapper = (ObjectMapper) generator.getCodec();
            List<JsonNode> elements = new ArrayList<>(set.size());
            for (Object element : set) {
                elements.add(mapper.valueToTree(element));
            }
            elements.sort(Comparator.comparing(JsonNode::toString));
            generator.writeStartArray(set, elements.size());
            for (JsonNode element : elements) {
                generator.writeTree(element);
            }
            generator.writeEndArray();
        }
    }
}
