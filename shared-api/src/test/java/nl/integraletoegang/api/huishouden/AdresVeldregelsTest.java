package nl.integraletoegang.api.huishouden;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The field rules of an address: the BAG's formats, the longest values, and nothing beyond. */
class AdresVeldregelsTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static Set<String> fouten(Object waarde) {
        Set<String> paden = new HashSet<>();
        validator.validate(waarde).forEach(v -> paden.add(v.getPropertyPath().toString()));
        return paden;
    }

    @Test
    void theLongestValuesAreAccepted() {
        assertThat(fouten(new Adres("9999ZZ", 99999, "z", "a1B2", "Sint-Jansweg (Oost)/’t Éénhoorn&".repeat(4).substring(0, 128),
                "Éénhoorn".repeat(16)))).isEmpty();
        assertThat(fouten(new Adres("1000AA", 1, null, null, null, null))).isEmpty();
    }

    @Test
    void valuesOutsideTheBagFormatsAreRefused() {
        assertThat(fouten(new Adres("0123AB", 0, "AB", "12345", "x".repeat(129), "<b>"))).containsExactlyInAnyOrder(
                "postcode", "huisnummer", "huisletter", "huisnummertoevoeging", "straat", "woonplaats");
        assertThat(fouten(new Adres("1234A", 100000, "1", "a-b", "Straat\nweg", "Plaats\u0000")))
                .containsExactlyInAnyOrder("postcode", "huisnummer", "huisletter", "huisnummertoevoeging", "straat",
                        "woonplaats");
        assertThat(fouten(new Adres("12345AB", -1, "é", "\u0000", null, null)))
                .containsExactlyInAnyOrder("postcode", "huisnummer", "huisletter", "huisnummertoevoeging");
    }

    @Test
    void theReasonToRegisterApartIsFreeText() {
        assertThat(fouten(new ApartRegistreren("x".repeat(2000)))).isEmpty();
        assertThat(fouten(new ApartRegistreren("x".repeat(2001)))).containsExactly("reden");
        assertThat(fouten(new ApartRegistreren("a\u0000"))).containsExactly("reden");
    }
}
