package nl.integraletoegang.query.brp;

import nl.integraletoegang.platform.invoer.BrpParameters;
import nl.integraletoegang.api.brp.AdresVraag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import nl.integraletoegang.platform.invoer.OngeldigeParameterException;
import org.junit.jupiter.api.Test;

/** The strict terms of a lookup: normalised when they are right, a 400 naming the parameter when not. */
class BrpParametersTest {

    // 23:30 UTC on 14 June is already 15 June in the Netherlands
    private static final Clock KLOK = Clock.fixed(Instant.parse("2026-06-14T23:30:00Z"), ZoneOffset.UTC);

    @Test
    void anAddressIsNormalised() {
        assertThat(BrpParameters.adres(" 7411 kl ", 12, "a", " 2 "))
                .isEqualTo(new AdresVraag("7411KL", 12, "A", "2"));
        assertThat(BrpParameters.adres("7411KL", 99999, "", null)).isEqualTo(new AdresVraag("7411KL", 99999, null, null));
    }

    @Test
    void aWrongTermIsRefusedByName() {
        assertParameter(() -> BrpParameters.adres("0411KL", 12, null, null), "postcode");
        assertParameter(() -> BrpParameters.adres("7411K", 12, null, null), "postcode");
        assertParameter(() -> BrpParameters.adres("<script>", 12, null, null), "postcode");
        assertParameter(() -> BrpParameters.adres("7411KL", 0, null, null), "huisnummer");
        assertParameter(() -> BrpParameters.adres("7411KL", 100000, null, null), "huisnummer");
        assertParameter(() -> BrpParameters.adres("7411KL", null, null, null), "huisnummer");
        assertParameter(() -> BrpParameters.adres("7411KL", 12, "AB", null), "huisletter");
        assertParameter(() -> BrpParameters.adres("7411KL", 12, null, "bis-2"), "toevoeging");
        assertParameter(() -> BrpParameters.bsn("123456789"), "bsn");
        assertParameter(() -> BrpParameters.bsn("99999001"), "bsn");
        assertThat(BrpParameters.bsn(" 999990019 ")).isEqualTo("999990019");
    }

    @Test
    void thePeildatumIsADutchTodayOrEarlier() {
        assertThat(BrpParameters.peildatum(null, KLOK)).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(BrpParameters.peildatum(LocalDate.of(2026, 6, 15), KLOK)).isEqualTo(LocalDate.of(2026, 6, 15));
        assertParameter(() -> BrpParameters.peildatum(LocalDate.of(2026, 6, 16), KLOK), "peildatum");
        assertParameter(() -> BrpParameters.peildatum(LocalDate.of(1800, 1, 1), KLOK), "peildatum");
    }

    private static void assertParameter(Runnable controle, String parameter) {
        assertThatThrownBy(controle::run).isInstanceOfSatisfying(OngeldigeParameterException.class, fout -> {
            assertThat(fout.getBody().getProperties()).containsEntry("parameter", parameter);
            assertThat(fout.getBody().getDetail()).doesNotContain("<script>");
        });
    }
}
