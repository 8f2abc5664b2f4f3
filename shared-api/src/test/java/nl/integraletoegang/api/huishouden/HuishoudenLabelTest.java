package nl.integraletoegang.api.huishouden;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.integraletoegang.api.huishouden.HuishoudenLabel.Lid;
import nl.integraletoegang.api.privacy.Gewist;
import org.junit.jupiter.api.Test;

class HuishoudenLabelTest {

    private static final Adres KERKSTRAAT = new Adres("7411 ab", 12, "a", null, "Kerkstraat", "Deventer");

    @Test
    void nameOfTheFirstParentWithStreetNumberAndPlace() {
        List<Lid> leden = List.of(
                new Lid("Yusuf El Amrani", LocalDate.of(2010, 3, 1), LidRol.KIND),
                new Lid("Fatima El Amrani", LocalDate.of(1980, 5, 2), LidRol.OUDER),
                new Lid("Karim Bennani", LocalDate.of(1978, 1, 1), LidRol.PARTNER));

        assertThat(HuishoudenLabel.van(KERKSTRAAT, leden)).isEqualTo("Huishouden El Amrani, Kerkstraat 12A, Deventer");
    }

    @Test
    void withoutParentOrPartnerTheOldestMemberNamesTheHousehold() {
        List<Lid> leden = List.of(
                new Lid("Sanne Jansen", LocalDate.of(2001, 1, 1), null),
                new Lid("Piet de Vries", LocalDate.of(1950, 1, 1), LidRol.OVERIG),
                new Lid("Anna Bakker", null, LidRol.KIND));

        assertThat(HuishoudenLabel.van(null, leden)).isEqualTo("Huishouden De Vries");
    }

    @Test
    void degradesGracefullyWithoutMembersOrAddress() {
        assertThat(HuishoudenLabel.van(null, List.of(new Lid("Bakker", null, LidRol.OUDER))))
                .isEqualTo("Huishouden Bakker");
        assertThat(HuishoudenLabel.van(new Adres("7411AB", 12, null, null, "Kerkstraat", "Deventer"), List.of()))
                .isEqualTo("Huishouden Kerkstraat 12, Deventer");
        assertThat(HuishoudenLabel.van(new Adres("7411AB", 3, null, "2", null, null), null))
                .isEqualTo("Huishouden 7411AB 3-2");
        assertThat(HuishoudenLabel.van(null, List.of())).isEqualTo(HuishoudenLabel.ZONDER_GEGEVENS);
        assertThat(HuishoudenLabel.van(null, null)).isEqualTo(HuishoudenLabel.ZONDER_GEGEVENS);
    }

    @Test
    void anErasedPersonsNameIsNotInTheLabel() {
        List<Lid> leden = List.of(
                new Lid(Gewist.PLAATSHOUDER, null, LidRol.OUDER),
                new Lid("Yusuf El Amrani", LocalDate.of(2010, 3, 1), LidRol.KIND));

        assertThat(HuishoudenLabel.van(KERKSTRAAT, leden)).isEqualTo("Huishouden El Amrani, Kerkstraat 12A, Deventer");
        assertThat(HuishoudenLabel.van(KERKSTRAAT, List.of(new Lid(Gewist.PLAATSHOUDER, null, LidRol.OUDER),
                new Lid(null, null, LidRol.PARTNER))))
                .isEqualTo("Huishouden Kerkstraat 12A, Deventer")
                .doesNotContain(Gewist.PLAATSHOUDER);
        assertThat(HuishoudenLabel.van(new Adres(null, null, null, null, Gewist.PLAATSHOUDER, Gewist.PLAATSHOUDER),
                List.of())).isEqualTo(HuishoudenLabel.ZONDER_GEGEVENS);
    }

    @Test
    void theAddressIsNormalisedAsTheBagWritesIt() {
        Adres adres = new Adres(" 7411 ab ", 12, "a", "bis", "  Kerkstraat ", "");

        assertThat(adres.postcode()).isEqualTo("7411AB");
        assertThat(adres.huisletter()).isEqualTo("A");
        assertThat(adres.huisnummertoevoeging()).isEqualTo("BIS");
        assertThat(adres.straat()).isEqualTo("Kerkstraat");
        assertThat(adres.woonplaats()).isNull();
        assertThat(adres.identificeertWoning()).isTrue();
        assertThat(adres.zelfdeWoning(new Adres("7411AB", 12, "A", "BIS", "Kerkstr.", "Deventer"))).isTrue();
        assertThat(adres.zelfdeWoning(new Adres("7411AB", 12, null, "BIS", "Kerkstraat", null))).isFalse();
        assertThat(new Adres(null, 12, null, null, null, null).identificeertWoning()).isFalse();
    }
}
