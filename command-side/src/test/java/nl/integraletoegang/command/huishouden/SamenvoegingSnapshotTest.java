package nl.integraletoegang.command.huishouden;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.integraletoegang.api.casus.CasusOpened;
import nl.integraletoegang.api.casus.RouteHulpvraag;
import nl.integraletoegang.api.samenvoeging.HuishoudenMergeStarted;
import nl.integraletoegang.api.samenvoeging.Overdracht;
import nl.integraletoegang.command.error.DomainRuleViolation;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

/** The merge state is part of the household's snapshot: it survives the round trip, so a snapshot keeps B locked. */
class SamenvoegingSnapshotTest {

    @Test
    void aRunningMergeSurvivesTheSnapshot() {
        Samenvoeging samenvoeging = new Samenvoeging();
        samenvoeging.on(new CasusOpened("hh-b", "casus-b", "Centrum"));
        samenvoeging.on(new HuishoudenMergeStarted("hh-b", "casus-b", "sv-1", "hh-a", "casus-a", "Dubbel",
                new Overdracht(List.of(), List.of(), List.of(), List.of())));
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        SerializedObject<byte[]> snapshot = serializer.serialize(samenvoeging, byte[].class);
        Samenvoeging terug = serializer.deserialize(snapshot);

        assertThatThrownBy(() -> terug.checkSchrijven(new RouteHulpvraag("hh-b", "casus-b", "hv-1", "WMO", null)))
                .isInstanceOf(DomainRuleViolation.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((DomainRuleViolation) e).error().rule())
                        .isEqualTo("samenvoeging-loopt"));
    }
}
