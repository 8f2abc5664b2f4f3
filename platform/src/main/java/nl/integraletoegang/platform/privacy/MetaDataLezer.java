package nl.integraletoegang.platform.privacy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.MetaData;

/**
 * Reads an event's metadata as Axon's own {@code MetaDataDeserializer} does (a JSON object of any values), but looks
 * up the map's deserializer once instead of for every event: Jackson builds and contextualises that map
 * deserializer anew on each lookup, which was 3% of all the CPU the projections and the command side spent
 * (docs/benchmarks.md). Registered after Axon's module, so it takes its place.
 */
final class MetaDataLezer extends StdDeserializer<MetaData> implements ResolvableDeserializer {

    private transient JsonDeserializer<Object> map;

    MetaDataLezer() {
        super(MetaData.class);
    }

    static SimpleModule module() {
        return new SimpleModule("integrale-toegang-metadata").addDeserializer(MetaData.class, new MetaDataLezer());
    }

    @Override
    public void resolve(DeserializationContext context) throws JsonMappingException {
        map = context.findRootValueDeserializer(
                context.getTypeFactory().constructMapType(HashMap.class, String.class, Object.class));
    }

    @Override
    @SuppressWarnings("unchecked")
    public MetaData deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        return MetaData.from((Map<String, ?>) map.deserialize(parser, context));
    }

    /** Cached by Jackson, so {@link #resolve} runs once per object mapper. */
    @Override
    public boolean isCachable() {
        return true;
    }
}
