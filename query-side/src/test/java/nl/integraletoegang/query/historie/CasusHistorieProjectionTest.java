package nl.integraletoegang.query.historie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.integraletoegang.api.audit.AuditMetadata;
import nl.integraletoegang.api.casus.CasusEvent;
import nl.integraletoegang.api.casus.CasusOpened;
import nl.integraletoegang.api.casus.CasusReopened;
import nl.integraletoegang.api.escalatie.CasusEscalatedToDoorbraakteam;
import nl.integraletoegang.api.escalatie.CasusEscalatedToProcesregisseur;
import nl.integraletoegang.api.escalatie.CasusEscalatedUnderAve;
import nl.integraletoegang.api.escalatie.CasusHandedBack;
import nl.integraletoegang.api.escalatie.EscalatieBesluitRecorded;
import nl.integraletoegang.api.escalatie.EscalatieNiveau;
import nl.integraletoegang.api.escalatie.EscalatieReden;
import nl.integraletoegang.api.historie.CasusHistorie;
import nl.integraletoegang.api.historie.FindCasusHistorie;
import nl.integraletoegang.api.privacy.Gewist;
import nl.integraletoegang.api.privacy.PersoonsgegevensGewist;
import nl.integraletoegang.api.termijn.TermijnResumed;
import nl.integraletoegang.api.termijn.TermijnStarted;
import nl.integraletoegang.platform.persistence.SchemaMigrations;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The audit history projection against a real PostgreSQL: the why of every step, and its erasure. */
class CasusHistorieProjectionTest {

    private static final Path ROOT = Path.of("target", "embedded-pg");
    private static final String HUISHOUDEN = "hh-1";
    private static final String CASUS = "c-1";

    private static EmbeddedPostgres postgres;
    private static HikariDataSource dataSource;
    private static CasusHistorieProjection projection;
    private long volgnummer;

    @BeforeAll
    static void startDatabase() throws Exception {
        Files.createDirectories(ROOT.resolve("bin"));
        postgres = EmbeddedPostgres.builder().setDataDirectory(ROOT.resolve("historie-projectie"))
                .setCleanDataDirectory(true).setOverrideWorkingDirectory(ROOT.resolve("bin").toFile()).start();
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(2);
        SchemaMigrations.forOwner(dataSource, "query").afterPropertiesSet();
        projection = new CasusHistorieProjection(JdbcClient.create(dataSource), new Gebeurtenissen());
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        dataSource.close();
        postgres.close();
    }

    @BeforeEach
    void empty() {
        projection.reset();
        volgnummer = 0;
    }

    private GenericDomainEventMessage<CasusEvent> message(CasusEvent event, String reden) {
        Map<String, Object> metaData = new HashMap<>(Map.of(AuditMetadata.ACTOR, "petra",
                AuditMetadata.ROLE, "PROCESREGISSEUR"));
        if (reden != null) {
            metaData.put(AuditMetadata.REASON, reden);
        }
        return new GenericDomainEventMessage<>("Huishouden", HUISHOUDEN, volgnummer++, event, MetaData.from(metaData));
    }

    private void on(CasusEvent event, String reden) {
        GenericDomainEventMessage<CasusEvent> message = message(event, reden);
        projection.on(event, message);
    }

    private CasusHistorie historie() {
        return projection.handle(new FindCasusHistorie(CASUS, null, false, 0, 100)).orElseThrow();
    }

    @Test
    void everyStepAWorkerExplainedCarriesTheTextTheyTypedAsItsReason() {
        String escalatie = UUID.randomUUID().toString();
        on(new CasusOpened(HUISHOUDEN, CASUS, "Noord"), null);
        on(new CasusEscalatedToProcesregisseur(HUISHOUDEN, CASUS, escalatie, EscalatieReden.KETEN_STAGNEERT,
                "Verhuurder reageert niet"), null);
        on(new EscalatieBesluitRecorded(HUISHOUDEN, CASUS, escalatie, EscalatieNiveau.PROCESREGISSEUR,
                "Casusoverleg beleggen"), null);
        on(new CasusEscalatedToDoorbraakteam(HUISHOUDEN, CASUS, escalatie, EscalatieReden.AFSPRAKEN_NIET_NAGEKOMEN,
                "Afspraken niet nagekomen door verhuurder"), null);
        on(new CasusEscalatedUnderAve(HUISHOUDEN, CASUS, escalatie,
                EscalatieNiveau.PROCESREGISSEUR_ZORG_EN_VEILIGHEIDSHUIS, EscalatieReden.RISICO_ZORG_EN_VEILIGHEID,
                "Zorgen om de veiligheid"), null);
        on(new CasusHandedBack(HUISHOUDEN, CASUS, escalatie, EscalatieNiveau.PROCESREGISSEUR_ZORG_EN_VEILIGHEIDSHUIS,
                "Budgetbeheer en wekelijks huisbezoek"), null);
        // a reason given with the request itself stays the reason
        on(new CasusReopened(HUISHOUDEN, CASUS, "Nieuwe achterstand"), "Nieuwe achterstand");

        assertThat(historie().regels()).extracting(CasusHistorie.Regel::gebeurtenis, CasusHistorie.Regel::reden)
                .containsExactly(tuple("Casus geopend", null),
                        tuple("Geëscaleerd naar procesregisseur", "Verhuurder reageert niet"),
                        tuple("Besluit vastgelegd", "Casusoverleg beleggen"),
                        tuple("Geëscaleerd naar doorbraakteam", "Afspraken niet nagekomen door verhuurder"),
                        tuple("Verder geëscaleerd (AVE)", "Zorgen om de veiligheid"),
                        tuple("Teruggegeven aan casusregisseur", "Budgetbeheer en wekelijks huisbezoek"),
                        tuple("Casus heropend", "Nieuwe achterstand"));
        // the description keeps the enum and never the free text
        assertThat(historie().regels().get(1).omschrijving()).isEqualTo("Reden: KETEN_STAGNEERT.");
        assertThat(historie().regels()).allSatisfy(regel ->
                assertThat(regel.omschrijving()).doesNotContain("Verhuurder", "Budgetbeheer", "veiligheid"));
    }

    @Test
    void erasingTheHouseholdsPersonalDataMakesTheTypedReasonsUnreadable() {
        String escalatie = UUID.randomUUID().toString();
        on(new CasusOpened(HUISHOUDEN, CASUS, "Noord"), null);
        on(new CasusEscalatedToProcesregisseur(HUISHOUDEN, CASUS, escalatie, EscalatieReden.KETEN_STAGNEERT,
                "Mevrouw Jansen wordt niet geholpen"), null);
        on(new CasusHandedBack(HUISHOUDEN, CASUS, escalatie, EscalatieNiveau.PROCESREGISSEUR,
                "Mevrouw Jansen krijgt budgetbeheer"), null);

        projection.on(new PersoonsgegevensGewist(HUISHOUDEN, HUISHOUDEN, "Bewaartermijn verstreken"));

        assertThat(historie().regels()).extracting(CasusHistorie.Regel::reden)
                .containsExactly(null, Gewist.PLAATSHOUDER, Gewist.PLAATSHOUDER);
        // an event read after the key was destroyed carries the placeholder itself; it stays the placeholder
        on(new EscalatieBesluitRecorded(HUISHOUDEN, CASUS, escalatie, EscalatieNiveau.PROCESREGISSEUR,
                Gewist.PLAATSHOUDER), null);
        assertThat(historie().regels().get(3).reden()).isEqualTo(Gewist.PLAATSHOUDER);
    }

    @Test
    void aTermijnShowsTheLastDayTheCommandSideComputedAndOlderEventsTheDayBeforeTheirExpiry() {
        on(new CasusOpened(HUISHOUDEN, CASUS, "Noord"), null);
        // an urgent Wgs clock resumed after Christmas: its last day comes with the event
        on(new TermijnResumed(HUISHOUDEN, CASUS, "t-1", "Stukken ontvangen", Instant.parse("2026-12-28T08:00:00Z"),
                Instant.parse("2026-12-30T23:00:00Z"), Instant.parse("2026-12-28T23:00:00Z"),
                LocalDate.of(2026, 12, 30)), null);
        // written before events carried it: the day before the expiry, on the Dutch calendar
        on(new TermijnStarted(HUISHOUDEN, CASUS, "hv-1", "t-2", "WMO_MELDING_ONDERZOEK", false,
                Instant.parse("2026-03-02T09:00:00Z"), Instant.parse("2026-04-13T22:00:00Z"),
                Instant.parse("2026-04-02T22:00:00Z"), null), null);

        assertThat(historie().regels()).extracting(CasusHistorie.Regel::omschrijving)
                .contains("Termijn t-1, nu uiterlijk 2026-12-30.", "WMO_MELDING_ONDERZOEK, uiterlijk 2026-04-13.");
    }
}
