package nl.integraletoegang.command.generator;

import static nl.integraletoegang.api.tijd.Tijdzone.NEDERLAND;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.integraletoegang.api.casus.Bsn;
import nl.integraletoegang.api.casus.CloseCasus;
import nl.integraletoegang.api.casus.Persoon;
import nl.integraletoegang.api.casus.RegisterMelding;
import nl.integraletoegang.api.casus.ReopenCasus;
import nl.integraletoegang.api.casus.TriageCasus;
import nl.integraletoegang.api.escalatie.EscalateToDoorbraakteam;
import nl.integraletoegang.api.escalatie.EscalateToProcesregisseur;
import nl.integraletoegang.api.escalatie.EscalateUnderAve;
import nl.integraletoegang.api.huishouden.JoinHuishouden;
import nl.integraletoegang.api.huishouden.LeaveHuishouden;
import nl.integraletoegang.api.huishouden.LidRol;
import nl.integraletoegang.api.huishouden.MoveHuishouden;
import nl.integraletoegang.api.plan.AdoptPlanVersion;
import nl.integraletoegang.api.termijn.CompleteTermijn;
import nl.integraletoegang.api.termijn.ResumeTermijn;
import nl.integraletoegang.api.termijn.SuspendTermijn;
import org.junit.jupiter.api.Test;

/** The generated histories: reproducible from the seed, in the order of time, within the years asked for, varied. */
class HuishoudenverloopTest {

    private static final Instant BEGIN = LocalDate.of(2023, 12, 1).atStartOfDay(NEDERLAND).toInstant();
    private static final Instant EIND = LocalDate.of(2026, 12, 1).atStartOfDay(NEDERLAND).toInstant();

    private record Verzonden(Object command, Instant moment, Huishoudenverloop.Medewerker wie) {
    }

    private static List<Verzonden> verloop(long seed, int nummer) {
        List<Verzonden> verzonden = new ArrayList<>();
        new Huishoudenverloop(seed, nummer, BEGIN, EIND, (command, moment, wie, reden) -> {
            verzonden.add(new Verzonden(command, moment, wie));
            return null;
        }).genereer();
        return verzonden;
    }

    @Test
    void theSameSeedGivesTheSameHistory() {
        for (int nummer = 0; nummer < 50; nummer++) {
            assertThat(verloop(42, nummer)).isEqualTo(verloop(42, nummer));
        }
        assertThat(verloop(42, 7)).isNotEqualTo(verloop(43, 7));
    }

    @Test
    void stepsComeInTheOrderOfTimeWithinTheYearsAskedFor() {
        for (int nummer = 0; nummer < 300; nummer++) {
            List<Verzonden> verzonden = verloop(42, nummer);
            assertThat(verzonden).isNotEmpty();
            assertThat(verzonden.get(0).command()).isInstanceOf(RegisterMelding.class);
            for (int i = 0; i < verzonden.size(); i++) {
                assertThat(verzonden.get(i).moment()).isBetween(BEGIN, EIND);
                if (i > 0) {
                    assertThat(verzonden.get(i).moment()).isAfterOrEqualTo(verzonden.get(i - 1).moment());
                }
            }
        }
    }

    @Test
    void aMunicipalityHasEveryKindOfStepAndValidBsns() {
        List<Verzonden> alle = new ArrayList<>();
        for (int nummer = 0; nummer < 1000; nummer++) {
            alle.addAll(verloop(42, nummer));
        }
        Set<Class<?>> soorten = alle.stream().map(v -> v.command().getClass()).collect(Collectors.toSet());
        assertThat(soorten).contains(RegisterMelding.class, TriageCasus.class, AdoptPlanVersion.class,
                CompleteTermijn.class, SuspendTermijn.class, ResumeTermijn.class, EscalateToProcesregisseur.class,
                EscalateToDoorbraakteam.class, EscalateUnderAve.class, CloseCasus.class, ReopenCasus.class,
                MoveHuishouden.class, JoinHuishouden.class, LeaveHuishouden.class);
        List<Persoon> leden = alle.stream().map(Verzonden::command).filter(RegisterMelding.class::isInstance)
                .flatMap(c -> ((RegisterMelding) c).leden().stream()).toList();
        assertThat(leden).hasSizeGreaterThan(1000);
        assertThat(leden).filteredOn(p -> p.bsn() != null).allSatisfy(p -> assertThat(Bsn.isValid(p.bsn())).isTrue());
        // one BSN, one person: the register of open casussen would refuse a second household with it
        List<String> bsns = leden.stream().map(Persoon::bsn).filter(java.util.Objects::nonNull).toList();
        assertThat(bsns).doesNotHaveDuplicates().hasSizeGreaterThan(leden.size() * 8 / 10);
        assertThat(leden).extracting(Persoon::rol).contains(LidRol.OUDER, LidRol.PARTNER, LidRol.KIND)
                .doesNotContainNull();
        assertThat(alle).filteredOn(v -> v.command() instanceof RegisterMelding m && !m.leden().isEmpty())
                .allSatisfy(v -> assertThat(((RegisterMelding) v.command()).adres().identificeertWoning()).isTrue());
        // the escalation ladder is climbed by the roles whose level it is
        assertThat(alle).filteredOn(v -> v.command() instanceof EscalateToDoorbraakteam)
                .allSatisfy(v -> assertThat(v.wie().rol()).isEqualTo("PROCESREGISSEUR"));
    }
}
