package nl.integraletoegang.command.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.integraletoegang.api.casus.Kanaal;
import nl.integraletoegang.api.casus.Levensdomein;
import nl.integraletoegang.api.casus.MeldingRegistered;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.junit.jupiter.api.Test;

/**
 * How an old event version is read: the stored JSON of an earlier {@code MeldingRegistered} (revision 0, one
 * {@code levensdomein} and no threats) is upcast to revision 1 before it is deserialized, so aggregates and
 * projections only ever see the current record. Events live for decades; when one changes, an upcaster like this
 * one joins the chain (as a Spring bean, Axon picks it up) together with a golden-JSON test like this.
 */
class MeldingRegisteredUpcasterTest {

    /** Revision 0 had a single levensdomein; revision 1 has a set of them and the threats flagged at the melding. */
    static class MeldingRegistered0To1Upcaster extends SingleEventUpcaster {

        private static final SimpleSerializedType REVISION_0 =
                new SimpleSerializedType(MeldingRegistered.class.getName(), "0");

        @Override
        protected boolean canUpcast(IntermediateEventRepresentation representation) {
            return representation.getType().equals(REVISION_0);
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
            return representation.upcastPayload(new SimpleSerializedType(MeldingRegistered.class.getName(), "1"),
                    JsonNode.class, payload -> {
                        ObjectNode event = (ObjectNode) payload;
                        ArrayNode levensdomeinen = event.putArray("levensdomeinen");
                        levensdomeinen.add(event.remove("levensdomein"));
                        event.putArray("dreigingen");
                        return event;
                    });
        }
    }

    private static final String GOLDEN_REVISION_0 = """
            {"huishoudenId":"hh-1","casusId":"casus-1","hulpvraagId":"hv-1","kanaal":"TELEFOON","team":"WMO",
             "levensdomein":"SCHULDEN","omschrijving":"Huurachterstand"}""";

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule()))
            .build();

    @Test
    void aRevision0MeldingIsReadAsTheCurrentRecord() {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Huishouden", "hh-1", 1, "event-1",
                Instant.parse("2024-03-01T09:00:00Z"), MeldingRegistered.class.getName(), "0",
                GOLDEN_REVISION_0.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));

        List<IntermediateEventRepresentation> upcast = new EventUpcasterChain(new MeldingRegistered0To1Upcaster())
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer)))
                .collect(Collectors.toList());

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("1");
        MeldingRegistered event = serializer.deserialize(upcast.get(0).getData());
        assertThat(event).isEqualTo(new MeldingRegistered("hh-1", "casus-1", "hv-1", Kanaal.TELEFOON, "WMO",
                Set.of(Levensdomein.SCHULDEN), "Huurachterstand", Set.of(), null));
    }

    @Test
    void currentRevisionsPassUnchanged() {
        String current = """
                {"huishoudenId":"hh-1","casusId":"casus-1","hulpvraagId":"hv-2","kanaal":"INLOOP","team":"JEUGD",
                 "levensdomeinen":["JEUGD"],"dreigingen":[]}""";
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Huishouden", "hh-1", 2, "event-2",
                Instant.parse("2026-03-01T09:00:00Z"), MeldingRegistered.class.getName(), "1",
                current.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));

        IntermediateEventRepresentation upcast = new EventUpcasterChain(new MeldingRegistered0To1Upcaster())
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer)))
                .findFirst().orElseThrow();

        MeldingRegistered event = serializer.deserialize(upcast.getData());
        assertThat(event.levensdomeinen()).containsExactly(Levensdomein.JEUGD);
        assertThat(event.hulpvraagId()).isEqualTo("hv-2");
    }
}
