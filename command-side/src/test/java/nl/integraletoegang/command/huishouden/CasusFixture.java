package nl.integraletoegang.command.huishouden;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.instanceOf;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.integraletoegang.api.casus.CasusOpened;
import nl.integraletoegang.api.casus.CasusTriaged;
import nl.integraletoegang.api.casus.Casusregisseur;
import nl.integraletoegang.api.casus.CasusregisseurAppointed;
import nl.integraletoegang.api.casus.Dreiging;
import nl.integraletoegang.api.casus.Kanaal;
import nl.integraletoegang.api.casus.Levensdomein;
import nl.integraletoegang.api.casus.MeldingRegistered;
import nl.integraletoegang.api.casus.Urgentie;
import nl.integraletoegang.api.error.BusinessErrorCode;
import nl.integraletoegang.command.error.DomainRuleViolation;
import nl.integraletoegang.command.termijn.Eenheid;
import nl.integraletoegang.command.termijn.RegimeRegel;
import nl.integraletoegang.command.termijn.TermijnKalender;
import nl.integraletoegang.command.termijn.TermijnProperties;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;

/** The household fixture and the givens the casus tests share. */
final class CasusFixture {

    static final String HUISHOUDEN = "huishouden-1";
    static final String CASUS = "casus-1";
    static final String HULPVRAAG_WMO = "hv-wmo";
    static final String HULPVRAAG_SCHULDEN = "hv-schulden";
    static final Casusregisseur REGISSEUR_SCHULDHULP = new Casusregisseur("bram", "SCHULDHULP");
    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    static final TermijnKalender KALENDER = new TermijnKalender(new TermijnProperties(Map.of(
            "WMO_MELDING_ONDERZOEK", new RegimeRegel(6, Eenheid.WEKEN, null, null, 5, "Wmo onderzoek"),
            "SCHULDHULP_VERZOEK_EERSTE_GESPREK", new RegimeRegel(4, Eenheid.WEKEN, 3, Eenheid.WERKDAGEN, 1,
                    "Schuldhulp eerste gesprek")), ZoneId.of("Europe/Amsterdam")));

    private CasusFixture() {
    }

    static AggregateTestFixture<Huishouden> fixture() {
        AggregateTestFixture<Huishouden> fixture = new AggregateTestFixture<>(Huishouden.class);
        fixture.registerInjectableResource(KALENDER);
        fixture.registerInjectableResource(new FixtureClock(fixture));
        fixture.registerInjectableResource(new TestBsnRegister());
        return fixture;
    }

    /** The fixture with a BSN register the test fills itself (what the real one holds after other commands). */
    static AggregateTestFixture<Huishouden> fixture(TestBsnRegister register) {
        AggregateTestFixture<Huishouden> fixture = new AggregateTestFixture<>(Huishouden.class);
        fixture.registerInjectableResource(KALENDER);
        fixture.registerInjectableResource(new FixtureClock(fixture));
        fixture.registerInjectableResource(register);
        return fixture;
    }

    /** A refusal by the named rule with the given kind of error. */
    static Matcher<Throwable> refusedBy(BusinessErrorCode code, String rule) {
        return allOf(instanceOf(DomainRuleViolation.class),
                new FeatureMatcher<Throwable, String>(Matchers.equalTo(code + "/" + rule), "refusal", "refusal") {
                    @Override
                    protected String featureValueOf(Throwable actual) {
                        DomainRuleViolation violation = (DomainRuleViolation) actual;
                        return violation.error().code() + "/" + violation.error().rule();
                    }
                });
    }

    static CasusOpened opened() {
        return new CasusOpened(HUISHOUDEN, CASUS, "Centrum");
    }

    static MeldingRegistered melding(String hulpvraagId, String team, Levensdomein levensdomein,
                                     Dreiging... dreigingen) {
        return new MeldingRegistered(HUISHOUDEN, CASUS, hulpvraagId, Kanaal.TELEFOON, team, Set.of(levensdomein),
                "Omschrijving", Set.of(dreigingen), "Centrum");
    }

    /** A casus with a Wmo hulpvraag and a (heavier) schulden hulpvraag, not yet triaged. */
    static List<Object> openCasus() {
        return List.of(opened(), melding(HULPVRAAG_WMO, "WMO", Levensdomein.WMO_ONDERSTEUNING),
                melding(HULPVRAAG_SCHULDEN, "SCHULDHULP", Levensdomein.SCHULDEN, Dreiging.HUISUITZETTING));
    }

    /** The same casus after triage, with bram of Schuldhulp as its casusregisseur. */
    static List<Object> triagedCasus() {
        return concat(openCasus(), new CasusTriaged(HUISHOUDEN, CASUS, "Schulden en zorg", Set.of(
                        Levensdomein.SCHULDEN, Levensdomein.WMO_ONDERSTEUNING), Urgentie.HOOG, HULPVRAAG_SCHULDEN),
                new CasusregisseurAppointed(HUISHOUDEN, CASUS, REGISSEUR_SCHULDHULP));
    }

    static List<Object> concat(List<Object> given, Object... more) {
        List<Object> events = new java.util.ArrayList<>(given);
        events.addAll(List.of(more));
        return events;
    }

    /** "Now" in handlers is the fixture's current time, which its time travel moves. */
    static final class FixtureClock extends Clock {

        private final AggregateTestFixture<?> fixture;

        FixtureClock(AggregateTestFixture<?> fixture) {
            this.fixture = fixture;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return fixture.currentTime();
        }
    }
}
