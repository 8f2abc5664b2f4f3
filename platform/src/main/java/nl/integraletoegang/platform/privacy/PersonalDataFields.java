package nl.integraletoegang.platform.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.integraletoegang.api.privacy.PersonalData;

/**
 * Finds the {@link PersonalData} values in the JSON tree of a record, also in nested records and collections of
 * records (a melding's {@code Persoon}s, a plan's {@code Doel}en and {@code Actie}s). A value's subject comes from
 * the named field of its own record or, when that record has none, of the root message: a plan action is about the
 * household of the event that carries it.
 */
final class PersonalDataFields {

    /** What to do with one personal value; returns its replacement. */
    interface Transformatie {
        JsonNode toepassen(JsonNode waarde, String subjectId, Class<?> type);
    }

    /** A record component as the transformation needs it, read by reflection once per type. */
    private record Veld(String naam, PersonalData personalData, Class<?> type, Class<?> element) {
    }

    /**
     * The components of each record type, looked up once: {@code getRecordComponents()} builds new objects on every
     * call, and their annotations and generic types are parsed again each time (a profile of the write path showed
     * it for every event written and read).
     */
    private static final ClassValue<List<Veld>> VELDEN = new ClassValue<>() {
        @Override
        protected List<Veld> computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return List.of();
            }
            return Arrays.stream(type.getRecordComponents())
                    .map(component -> new Veld(component.getName(), component.getAnnotation(PersonalData.class),
                            component.getType(), elementType(component)))
                    .toList();
        }
    };

    private static final ClassValue<Boolean> DRAAGT = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return draagt(type, new HashSet<>());
        }
    };

    private PersonalDataFields() {
    }

    /** Whether values of this type can hold personal data at all; most messages cannot and pass untouched. */
    static boolean draagtPersoonsgegevens(Class<?> type) {
        return DRAAGT.get(type);
    }

    static void transformeer(Class<?> type, ObjectNode root, Transformatie transformatie) {
        transformeer(type, root, root, transformatie);
    }

    private static void transformeer(Class<?> type, ObjectNode node, ObjectNode root, Transformatie transformatie) {
        if (!type.isRecord()) {
            return;
        }
        for (Veld veld : VELDEN.get(type)) {
            JsonNode waarde = node.get(veld.naam());
            if (waarde == null || waarde.isNull()) {
                continue;
            }
            PersonalData personalData = veld.personalData();
            if (personalData != null) {
                node.set(veld.naam(), transformatie.toepassen(waarde,
                        subject(type, node, root, personalData.subject()), veld.type()));
            } else if (veld.type().isRecord() && waarde.isObject()) {
                transformeer(veld.type(), (ObjectNode) waarde, root, transformatie);
            } else if (waarde.isArray()) {
                Class<?> element = veld.element();
                if (element != null && element.isRecord()) {
                    for (JsonNode item : waarde) {
                        if (item.isObject()) {
                            transformeer(element, (ObjectNode) item, root, transformatie);
                        }
                    }
                }
            }
        }
    }

    private static String subject(Class<?> type, JsonNode node, JsonNode root, String veld) {
        JsonNode subject = node.hasNonNull(veld) ? node.get(veld) : root.get(veld);
        if (subject == null || !subject.isTextual() || subject.asText().isBlank()) {
            // a programming error in a message type; names only the type and field, never a value
            throw new IllegalStateException("No subject field '" + veld + "' for personal data in " + type.getName());
        }
        return subject.asText();
    }

    private static boolean draagt(Class<?> type, Set<Class<?>> gezien) {
        if (!type.isRecord() || !gezien.add(type)) {
            return false;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.isAnnotationPresent(PersonalData.class) || draagt(component.getType(), gezien)) {
                return true;
            }
            Class<?> element = elementType(component);
            if (element != null && draagt(element, gezien)) {
                return true;
            }
        }
        return false;
    }

    private static Class<?> elementType(RecordComponent component) {
        if (Collection.class.isAssignableFrom(component.getType())
                && component.getGenericType() instanceof ParameterizedType parameterized) {
            Type argument = parameterized.getActualTypeArguments()[0];
            return argument instanceof Class<?> element ? element : null;
        }
        return null;
    }
}
