package nl.integraletoegang.command.huishouden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import nl.integraletoegang.api.casus.CasusregisseurAppointed;
import nl.integraletoegang.api.escalatie.MaatwerkbudgetGranted;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

/**
 * Events and snapshots written before the two-step maatwerkbudget flow and the normalised identity read unchanged:
 * the grant's shape did not change (so no upcaster and no new revision), the escalation state of an old snapshot has
 * no waiting request, and a regisseur typed with capitals reads as the normalised identity.
 */
class MaatwerkbudgetGoldenJsonTest {

    private static final String GRANT_ONE_STEP = """
            {"huishoudenId":"hh-1","casusId":"casus-1","doorbraakId":"db-1","bedrag":2450.00,"aanvrager":"dirk",
             "goedkeurder":"maria","bestemming":"Huurachterstand"}""";

    private static final String SNAPSHOT_ESCALATIE = """
            {"escalatieId":"esc-1","niveau":"DOORBRAAKTEAM","opgepakt":true,
             "doorbraken":{"db-1":{"goedgekeurd":true,"budgetToegekend":false}}}""";

    private static final String REGISSEUR_MET_HOOFDLETTERS = """
            {"huishoudenId":"hh-1","casusId":"casus-1","regisseur":{"gebruikersnaam":" Anna ","team":"WMO"}}""";

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule()))
            .build();

    private <T> T read(String json, Class<T> type, String revision) {
        return serializer.deserialize(new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8),
                byte[].class, type.getName(), revision));
    }

    @Test
    void aOneStepGrantReadsAsItWasWritten() {
        MaatwerkbudgetGranted grant = read(GRANT_ONE_STEP, MaatwerkbudgetGranted.class, "1");
        assertThat(grant).isEqualTo(new MaatwerkbudgetGranted("hh-1", "casus-1", "db-1", new BigDecimal("2450.00"),
                "dirk", "maria", "Huurachterstand"));
    }

    @Test
    void anOldSnapshotOfTheEscalationHasNoWaitingRequest() {
        Escalatietraject traject = read(SNAPSHOT_ESCALATIE, Escalatietraject.class, null);
        assertThat(traject.isLopend()).isTrue();
        assertThat(traject).extracting("doorbraken").asString()
                .contains("goedgekeurd=true", "budgetToegekend=false", "budgetAanvrager=null");
    }

    @Test
    void aRegisseurRecordedWithCapitalsReadsAsTheNormalisedIdentity() {
        CasusregisseurAppointed event = read(REGISSEUR_MET_HOOFDLETTERS, CasusregisseurAppointed.class, "1");
        assertThat(event.regisseur().gebruikersnaam()).isEqualTo("anna");
    }
}
