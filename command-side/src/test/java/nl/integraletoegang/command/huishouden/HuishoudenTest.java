package nl.integraletoegang.command.huishouden;

import static nl.integraletoegang.command.huishouden.CasusFixture.CASUS;
import static nl.integraletoegang.command.huishouden.CasusFixture.HUISHOUDEN;
import static nl.integraletoegang.command.huishouden.CasusFixture.concat;
import static nl.integraletoegang.command.huishouden.CasusFixture.openCasus;
import static nl.integraletoegang.command.huishouden.CasusFixture.refusedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.integraletoegang.api.audit.AuditMetadata;
import nl.integraletoegang.api.casus.CasusClosed;
import nl.integraletoegang.api.casus.CasusOpened;
import nl.integraletoegang.api.casus.Kanaal;
import nl.integraletoegang.api.casus.Levensdomein;
import nl.integraletoegang.api.casus.LidRegistered;
import nl.integraletoegang.api.casus.MeldingRegistered;
import nl.integraletoegang.api.casus.Persoon;
import nl.integraletoegang.api.casus.RegisterMelding;
import nl.integraletoegang.api.casus.ReopenCasus;
import nl.integraletoegang.api.casus.Uitkomst;
import nl.integraletoegang.api.error.BusinessErrorCode;
import nl.integraletoegang.api.huishouden.Adres;
import nl.integraletoegang.api.huishouden.AdresRegistered;
import nl.integraletoegang.api.huishouden.ApartRegistreren;
import nl.integraletoegang.api.huishouden.BsnRegel;
import nl.integraletoegang.api.huishouden.HuishoudenMoved;
import nl.integraletoegang.api.huishouden.HuishoudenRegisteredApart;
import nl.integraletoegang.api.huishouden.JoinHuishouden;
import nl.integraletoegang.api.huishouden.LeaveHuishouden;
import nl.integraletoegang.api.huishouden.LidJoined;
import nl.integraletoegang.api.huishouden.LidLeft;
import nl.integraletoegang.api.huishouden.LidRol;
import nl.integraletoegang.api.huishouden.MoveHuishouden;
import nl.integraletoegang.command.error.DomainRuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A household is people at an address: its address registered with a melding and changed by a move, members who
 * join and leave with a date, a BSN once among its members and in at most one household with an open casus.
 */
class HuishoudenTest {

    private static final String MOEDER_BSN = "100023757";
    private static final String ZOON_BSN = "100039595";
    private static final String ANDER_HUISHOUDEN = "huishouden-elders";
    private static final LocalDate VANDAAG = LocalDate.of(2026, 3, 2);
    private static final Adres KERKSTRAAT = new Adres("7411 ab", 12, "a", null, "Kerkstraat", "Deventer");
    private static final Adres BRINK = new Adres("7411BC", 3, null, null, "Brink", "Deventer");
    private static final Persoon MOEDER = new Persoon("p-moeder", "Fatima El Amrani", LocalDate.of(1980, 5, 2),
            MOEDER_BSN, LidRol.OUDER);
    private static final Persoon ZOON = new Persoon("p-zoon", "Yusuf El Amrani", LocalDate.of(2010, 3, 1), ZOON_BSN,
            LidRol.KIND);

    private TestBsnRegister register;
    private AggregateTestFixture<Huishouden> fixture;

    @BeforeEach
    void setUp() {
        register = new TestBsnRegister();
        fixture = CasusFixture.fixture(register);
        fixture.setReportIllegalStateChange(false);
    }

    private static RegisterMelding melding(List<Persoon> leden, Adres adres, ApartRegistreren apart) {
        return new RegisterMelding(HUISHOUDEN, "hv-1", CASUS, Kanaal.TELEFOON, "JEUGD", Set.of(Levensdomein.JEUGD),
                "Zorgen om school", leden, Set.of(), "Centrum", null, null, adres, apart);
    }

    private static MeldingRegistered meldingRegistered() {
        return new MeldingRegistered(HUISHOUDEN, CASUS, "hv-1", Kanaal.TELEFOON, "JEUGD", Set.of(Levensdomein.JEUGD),
                "Zorgen om school", Set.of(), "Centrum");
    }

    private static LidRegistered geregistreerd(Persoon lid) {
        return new LidRegistered(HUISHOUDEN, CASUS, lid.persoonId(), lid.naam(), lid.geboortedatum(), lid.bsn(),
                lid.rol());
    }

    private static List<Object> metMoeder() {
        return concat(openCasus(), geregistreerd(MOEDER));
    }

    /** A refusal of the BSN rule that names the household holding the BSN. */
    private static Matcher<Throwable> bsnInOpenCasusVan(String houder) {
        return allOf(refusedBy(BusinessErrorCode.RULE_VIOLATED, BsnRegel.BSN_IN_OPEN_CASUS),
                new FeatureMatcher<Throwable, String>(Matchers.equalTo(houder), "huishoudenId", "huishoudenId") {
                    @Override
                    protected String featureValueOf(Throwable actual) {
                        return ((DomainRuleViolation) actual).error().eigenschappen().get("huishoudenId");
                    }
                });
    }

    // --- the address

    @Test
    void aMeldingRegistersTheAddressOfANewHouseholdAsOfToday() {
        fixture.givenNoPriorActivity()
                .when(melding(List.of(MOEDER), KERKSTRAAT, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CasusOpened(HUISHOUDEN, CASUS, "Centrum"),
                        new AdresRegistered(HUISHOUDEN, CASUS, new Adres("7411AB", 12, "A", null, "Kerkstraat",
                                "Deventer"), CasusFixture.KALENDER.dagVan(fixture.currentTime())),
                        geregistreerd(MOEDER), meldingRegistered());
    }

    @Test
    void aSecondAddressIsAMoveNotAMelding() {
        fixture.given(concat(openCasus(), new AdresRegistered(HUISHOUDEN, CASUS, KERKSTRAAT, VANDAAG)))
                .when(melding(List.of(), BRINK, null))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "adres-al-bekend"))
                .expectNoEvents();
    }

    @Test
    void anAddressNeedsPostcodeAndHuisnummer() {
        fixture.givenNoPriorActivity()
                .when(melding(List.of(), new Adres(null, 12, null, null, "Kerkstraat", "Deventer"), null))
                .expectException(refusedBy(BusinessErrorCode.INVALID, "adres-onvolledig"))
                .expectNoEvents();
    }

    @Test
    void aMoveChangesTheAddressOnItsDate() {
        LocalDate verhuisdatum = LocalDate.of(2026, 4, 1);
        fixture.given(concat(openCasus(), new AdresRegistered(HUISHOUDEN, CASUS, KERKSTRAAT, VANDAAG)))
                .when(new MoveHuishouden(HUISHOUDEN, BRINK, verhuisdatum, null))
                .expectEvents(new HuishoudenMoved(HUISHOUDEN, CASUS, BRINK, verhuisdatum));
    }

    @Test
    void aMoveOfAHouseholdWithoutAddressRegistersItsFirstAddress() {
        fixture.given(openCasus())
                .when(new MoveHuishouden(HUISHOUDEN, BRINK, VANDAAG, null))
                .expectEvents(new AdresRegistered(HUISHOUDEN, CASUS, BRINK, VANDAAG));
    }

    @Test
    void aMoveNeedsItsDate() {
        fixture.given(openCasus())
                .when(new MoveHuishouden(HUISHOUDEN, BRINK, null, null))
                .expectException(refusedBy(BusinessErrorCode.INVALID, "verhuisdatum-verplicht"))
                .expectNoEvents();
    }

    // --- members joining and leaving

    @Test
    void aMemberJoinsWithRoleAndDate() {
        LocalDate geboren = LocalDate.of(2026, 2, 20);
        Persoon baby = new Persoon("p-baby", "Sara El Amrani", geboren, null, LidRol.KIND);
        fixture.given(metMoeder())
                .when(new JoinHuishouden(HUISHOUDEN, baby, geboren, null))
                .expectEvents(new LidJoined(HUISHOUDEN, CASUS, "p-baby", "Sara El Amrani", geboren, null,
                        LidRol.KIND, geboren));
    }

    @Test
    void aMemberLeavesWithDateAndReason() {
        LocalDate vertrek = LocalDate.of(2026, 5, 1);
        fixture.given(metMoeder())
                .when(new LeaveHuishouden(HUISHOUDEN, "p-moeder", vertrek, "Verhuisd naar Zutphen", null))
                .expectEvents(new LidLeft(HUISHOUDEN, CASUS, "p-moeder", vertrek, "Verhuisd naar Zutphen"));
    }

    @Test
    void aMemberCannotLeaveTwice() {
        fixture.given(concat(metMoeder(),
                        new LidLeft(HUISHOUDEN, CASUS, "p-moeder", VANDAAG, "Verhuisd")))
                .when(new LeaveHuishouden(HUISHOUDEN, "p-moeder", VANDAAG, "Nog eens", null))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "lid-al-vertrokken"))
                .expectNoEvents();
    }

    @Test
    void anUnknownMemberCannotLeave() {
        fixture.given(metMoeder())
                .when(new LeaveHuishouden(HUISHOUDEN, "p-onbekend", VANDAAG, "Verhuisd", null))
                .expectException(refusedBy(BusinessErrorCode.NOT_FOUND, "lid-onbekend"))
                .expectNoEvents();
    }

    @Test
    void leavingNeedsAReasonAndADate() {
        fixture.given(metMoeder())
                .when(new LeaveHuishouden(HUISHOUDEN, "p-moeder", VANDAAG, " ", null))
                .expectException(refusedBy(BusinessErrorCode.INVALID, "reden-verplicht"));
        fixture.given(metMoeder())
                .when(new LeaveHuishouden(HUISHOUDEN, "p-moeder", null, "Verhuisd", null))
                .expectException(refusedBy(BusinessErrorCode.INVALID, "datum-verplicht"));
    }

    @Test
    void aMemberWhoLeftMayJoinAgain() {
        fixture.given(concat(metMoeder(), new LidLeft(HUISHOUDEN, CASUS, "p-moeder", VANDAAG, "Opname")))
                .when(new JoinHuishouden(HUISHOUDEN, MOEDER, VANDAAG.plusMonths(2), null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new LidJoined(HUISHOUDEN, CASUS, "p-moeder", MOEDER.naam(), MOEDER.geboortedatum(),
                        MOEDER_BSN, LidRol.OUDER, VANDAAG.plusMonths(2)));
    }

    @Test
    void aCurrentMemberCannotJoinAgain() {
        fixture.given(metMoeder())
                .when(new JoinHuishouden(HUISHOUDEN, MOEDER, VANDAAG, null))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "al-lid"))
                .expectNoEvents();
    }

    @Test
    void aJoiningMembersBsnPassesTheElfproef() {
        Persoon fout = new Persoon("p-2", "Bas de Vries", LocalDate.of(2010, 1, 1), "123456789", LidRol.KIND);
        fixture.given(metMoeder())
                .when(new JoinHuishouden(HUISHOUDEN, fout, VANDAAG, null))
                .expectException(refusedBy(BusinessErrorCode.INVALID, "bsn-elfproef"))
                .expectNoEvents();
    }

    // --- a BSN once within the household, and in at most one household with an open casus

    @Test
    void aBsnAppearsOnceWithinAHousehold() {
        register.claimt(HUISHOUDEN, "p-moeder", MOEDER_BSN);
        Persoon zelfdeBsn = new Persoon("p-ander", "F. El Amrani", LocalDate.of(1980, 5, 2), MOEDER_BSN, null);
        fixture.given(metMoeder())
                .when(new JoinHuishouden(HUISHOUDEN, zelfdeBsn, VANDAAG, null))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, BsnRegel.BSN_AL_LID))
                .expectNoEvents();
    }

    @Test
    void aMeldingNamingAKnownBsnUnderAnotherPersoonIdAddsNoSecondMember() {
        register.claimt(HUISHOUDEN, "p-moeder", MOEDER_BSN);
        Persoon zelfdeBsn = new Persoon("p-nieuw", "Fatima El Amrani", LocalDate.of(1980, 5, 2), MOEDER_BSN,
                LidRol.OUDER);
        fixture.given(metMoeder())
                .when(new RegisterMelding(HUISHOUDEN, "hv-2", "nooit", Kanaal.TELEFOON, "JEUGD",
                        Set.of(Levensdomein.JEUGD), null, List.of(zelfdeBsn, ZOON), Set.of(), "Centrum", null, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(geregistreerd(ZOON), new MeldingRegistered(HUISHOUDEN, CASUS, "hv-2", Kanaal.TELEFOON,
                        "JEUGD", Set.of(Levensdomein.JEUGD), null, Set.of(), "Centrum"));
    }

    @Test
    void aMeldingNamingOneBsnTwiceIsRefused() {
        Persoon zelfdeBsn = new Persoon("p-2", "Fatima", LocalDate.of(1980, 5, 2), MOEDER_BSN, null);
        fixture.givenNoPriorActivity()
                .when(melding(List.of(MOEDER, zelfdeBsn), null, null))
                .expectException(refusedBy(BusinessErrorCode.INVALID, BsnRegel.BSN_AL_LID))
                .expectNoEvents();
    }

    @Test
    void aMeldingForANewHouseholdWithABsnOfAnOpenCasusElsewhereIsRefusedNamingThatHousehold() {
        register.claimt(ANDER_HUISHOUDEN, "p-moeder-elders", MOEDER_BSN);
        fixture.givenNoPriorActivity()
                .when(melding(List.of(ZOON, MOEDER), KERKSTRAAT, null))
                .expectException(bsnInOpenCasusVan(ANDER_HUISHOUDEN))
                .expectNoEvents();
    }

    @Test
    void theRefusalNamesNoPersonalData() {
        register.claimt(ANDER_HUISHOUDEN, "p-moeder-elders", MOEDER_BSN);
        fixture.givenNoPriorActivity()
                .when(melding(List.of(MOEDER), null, null))
                .expectException(new FeatureMatcher<Throwable, String>(Matchers.allOf(
                        Matchers.containsString(ANDER_HUISHOUDEN), Matchers.not(Matchers.containsString(MOEDER_BSN)),
                        Matchers.not(Matchers.containsString("Amrani"))), "detail", "detail") {
                    @Override
                    protected String featureValueOf(Throwable actual) {
                        return actual.getMessage();
                    }
                });
    }

    @Test
    void registeringApartWithAReasonRecordsTheExceptionBeforeTheMembers() {
        register.claimt(ANDER_HUISHOUDEN, "p-moeder-elders", MOEDER_BSN);
        fixture.givenNoPriorActivity()
                .when(melding(List.of(MOEDER, ZOON), null, new ApartRegistreren("Vrouwenopvang: adres geheim")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CasusOpened(HUISHOUDEN, CASUS, "Centrum"),
                        new HuishoudenRegisteredApart(HUISHOUDEN, CASUS, "hv-1", Set.of("p-moeder"),
                                Set.of(ANDER_HUISHOUDEN), "Vrouwenopvang: adres geheim"),
                        geregistreerd(MOEDER), geregistreerd(ZOON), meldingRegistered());
    }

    @Test
    void registeringApartNeedsAReason() {
        register.claimt(ANDER_HUISHOUDEN, "p-moeder-elders", MOEDER_BSN);
        fixture.givenNoPriorActivity()
                .when(melding(List.of(MOEDER), null, new ApartRegistreren("  ")))
                .expectException(refusedBy(BusinessErrorCode.INVALID, "reden-verplicht"))
                .expectNoEvents();
    }

    @Test
    void aMemberJoiningWithABsnOfAnOpenCasusElsewhereIsRefused() {
        register.claimt(ANDER_HUISHOUDEN, "p-zoon-elders", ZOON_BSN);
        fixture.given(metMoeder())
                .when(new JoinHuishouden(HUISHOUDEN, ZOON, VANDAAG, null))
                .expectException(bsnInOpenCasusVan(ANDER_HUISHOUDEN))
                .expectNoEvents();
    }

    @Test
    void reopeningIsRefusedWhenAnotherHouseholdTookInAMemberMeanwhile() {
        register.lid(HUISHOUDEN, "p-moeder", MOEDER_BSN).claimt(ANDER_HUISHOUDEN, "p-elders", MOEDER_BSN);
        fixture.given(concat(metMoeder(), new CasusClosed(HUISHOUDEN, CASUS, Map.of(
                        CasusFixture.HULPVRAAG_WMO, Uitkomst.EIGEN_NETWERK,
                        CasusFixture.HULPVRAAG_SCHULDEN, Uitkomst.EIGEN_NETWERK))))
                .when(new ReopenCasus(HUISHOUDEN, CASUS, "Terugval", null))
                .expectException(bsnInOpenCasusVan(ANDER_HUISHOUDEN))
                .expectNoEvents();
    }

    @Test
    void aNewMeldingForAClosedHouseholdIsRefusedWhenAnotherHouseholdHoldsAMember() {
        register.lid(HUISHOUDEN, "p-moeder", MOEDER_BSN).claimt(ANDER_HUISHOUDEN, "p-elders", MOEDER_BSN);
        fixture.given(concat(metMoeder(), new CasusClosed(HUISHOUDEN, CASUS, Map.of(
                        CasusFixture.HULPVRAAG_WMO, Uitkomst.EIGEN_NETWERK,
                        CasusFixture.HULPVRAAG_SCHULDEN, Uitkomst.EIGEN_NETWERK))))
                .when(new RegisterMelding(HUISHOUDEN, "hv-9", "casus-2", Kanaal.TELEFOON, "JEUGD",
                        Set.of(Levensdomein.JEUGD), null, List.of(), Set.of(), "Centrum", null, null))
                .expectException(bsnInOpenCasusVan(ANDER_HUISHOUDEN))
                .expectNoEvents();
    }

    // --- need to know

    @Test
    void onlyAWorkerOnTheCasusChangesTheHousehold() {
        Map<String, Object> jet = Map.of(AuditMetadata.ACTOR, "jet", AuditMetadata.ROLE, "TOEGANGSMEDEWERKER",
                AuditMetadata.TEAM, "JEUGD");
        Map<String, Object> anna = Map.of(AuditMetadata.ACTOR, "anna", AuditMetadata.ROLE, "TOEGANGSMEDEWERKER",
                AuditMetadata.TEAM, "WMO");
        fixture.given(metMoeder())
                .when(new LeaveHuishouden(HUISHOUDEN, "p-moeder", VANDAAG, "Verhuisd", null), jet)
                .expectException(refusedBy(BusinessErrorCode.FORBIDDEN, "casus-van-ander-team"));
        fixture.given(metMoeder())
                .when(new MoveHuishouden(HUISHOUDEN, BRINK, VANDAAG, null), jet)
                .expectException(refusedBy(BusinessErrorCode.FORBIDDEN, "casus-van-ander-team"));
        fixture.given(metMoeder())
                .when(new JoinHuishouden(HUISHOUDEN, ZOON, VANDAAG, null), anna)
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theAddressIsNormalisedInTheEvent() {
        assertThat(KERKSTRAAT.postcode()).isEqualTo("7411AB");
    }
}
