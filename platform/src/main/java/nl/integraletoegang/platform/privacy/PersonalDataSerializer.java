package nl.integraletoegang.platform.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import nl.integraletoegang.api.audit.AuditMetadata;
import nl.integraletoegang.api.privacy.Gewist;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * The event serializer: Axon's Jackson serializer, with every {@code @PersonalData} value replaced by an envelope
 * {@code {"subject": "<id>", "versleuteld": "<base64 IV + ciphertext>"}} encrypted with the subject's key. Events,
 * and the dead letters that hold them, therefore keep personal data only encrypted. Reading decrypts; once the
 * key is destroyed a text reads as {@value Gewist#PLAATSHOUDER} and any other value as {@code null}, so events stay
 * readable after erasure. Upcasters see the envelopes, which they pass on untouched.
 */
public class PersonalDataSerializer implements org.axonframework.serialization.Serializer {

    static final String SUBJECT = "subject";
    static final String VERSLEUTELD = "versleuteld";
    /** Written instead of a ciphertext when the subject's key was already destroyed before the value arrived. */
    static final String GEWIST = "gewist";

    private final JacksonSerializer delegate;
    private final ObjectMapper json;
    private final PersoonSleutels sleutels;

    public PersonalDataSerializer(JacksonSerializer delegate, PersoonSleutels sleutels) {
        this.delegate = delegate;
        this.json = delegate.getObjectMapper();
        this.sleutels = sleutels;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        if (object instanceof MetaData metaData && metaData.get(AuditMetadata.REASON) instanceof String reden
                && metaData.get(AuditMetadata.HUISHOUDEN) instanceof String huishoudenId) {
            // the reason a worker typed is free text about the household: encrypted like its other free texts
            JsonNode envelope = versleutel(TextNode.valueOf(reden), huishoudenId, String.class);
            return delegate.serialize(metaData.and(AuditMetadata.REASON, json.convertValue(envelope, Map.class)),
                    expectedRepresentation);
        }
        if (object == null || !PersonalDataFields.draagtPersoonsgegevens(object.getClass())) {
            return delegate.serialize(object, expectedRepresentation);
        }
        // straight to a tree (no bytes written and parsed again), encrypted in place, then written once
        ObjectNode node = json.valueToTree(object);
        PersonalDataFields.transformeer(object.getClass(), node, this::versleutel);
        return getConverter().convert(new SimpleSerializedObject<>(node, JsonNode.class,
                delegate.typeForClass(object.getClass())), expectedRepresentation);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        if (SerializedType.emptyType().equals(serializedObject.getType())) {
            return delegate.deserialize(serializedObject);
        }
        Class<?> type = delegate.classForType(serializedObject.getType());
        if (MetaData.class.equals(type)) {
            return (T) metaDataMetReden(delegate.deserialize(serializedObject));
        }
        if (!PersonalDataFields.draagtPersoonsgegevens(type)) {
            return delegate.deserialize(serializedObject);
        }
        // A tree parsed from the stored bytes is this call's own; the upcasters' intermediate tree may be read
        // again, so that one is copied before it is decrypted in place.
        JsonNode tree = getConverter().convert(serializedObject, JsonNode.class).getData();
        JsonNode node = serializedObject.getData() instanceof JsonNode ? tree.deepCopy() : tree;
        if (node instanceof ObjectNode object) {
            PersonalDataFields.transformeer(type, object, this::ontsleutel);
        }
        return delegate.deserialize(new SimpleSerializedObject<>(node, JsonNode.class,
                new SimpleSerializedType(serializedObject.getType().getName(),
                        serializedObject.getType().getRevision())));
    }

    private MetaData metaDataMetReden(MetaData metaData) {
        Object reden = metaData.get(AuditMetadata.REASON);
        if (!(reden instanceof Map<?, ?>)) {
            return metaData;
        }
        JsonNode envelope = json.valueToTree(reden);
        return metaData.and(AuditMetadata.REASON, ontsleutel(envelope, envelope.path(SUBJECT).asText(), String.class)
                .asText());
    }

    private JsonNode versleutel(JsonNode waarde, String subjectId, Class<?> type) {
        ObjectNode envelope = json.createObjectNode().put(SUBJECT, subjectId);
        Optional<byte[]> sleutel = sleutels.voorVersleutelen(subjectId);
        if (sleutel.isEmpty()) {
            return envelope.put(GEWIST, true);
        }
        try {
            byte[] klaartekst = json.writeValueAsBytes(waarde);
            return envelope.put(VERSLEUTELD,
                    Base64.getEncoder().encodeToString(AesGcm.versleutel(sleutel.get(), klaartekst, subjectId)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a personal value as JSON", e);
        }
    }

    private JsonNode ontsleutel(JsonNode waarde, String subjectId, Class<?> type) {
        if (!waarde.isObject() || !waarde.hasNonNull(SUBJECT)) {
            // written before encryption existed, or already decrypted
            return waarde;
        }
        String subject = waarde.get(SUBJECT).asText();
        Optional<byte[]> sleutel = waarde.hasNonNull(VERSLEUTELD) ? sleutels.voorOntsleutelen(subject)
                : Optional.empty();
        if (sleutel.isEmpty()) {
            return type == String.class ? TextNode.valueOf(Gewist.PLAATSHOUDER) : NullNode.getInstance();
        }
        try {
            byte[] ciphertext = Base64.getDecoder().decode(waarde.get(VERSLEUTELD).asText());
            return json.readTree(AesGcm.ontsleutel(sleutel.get(), ciphertext, subject));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a decrypted personal value", e);
        }
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    public Class classForType(SerializedType type) {
        return delegate.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return delegate.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }
}
