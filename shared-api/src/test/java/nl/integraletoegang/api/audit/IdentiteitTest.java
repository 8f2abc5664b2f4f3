package nl.integraletoegang.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import nl.integraletoegang.api.casus.Casusregisseur;
import org.junit.jupiter.api.Test;

/** One person, one identity: the spellings a login accepts for a user name compare as that user name. */
class IdentiteitTest {

    @Test
    void caseSurroundingWhiteSpaceAndCompatibilityFormsAreOnePerson() {
        assertThat(Identiteit.normaliseer(" DIRK\t")).isEqualTo("dirk");
        assertThat(Identiteit.normaliseer("\u00a0Dirk")).isEqualTo("dirk");
        assertThat(Identiteit.normaliseer("ｄｉｒｋ")).isEqualTo("dirk");
        assertThat(Identiteit.dezelfde("dirk", "DIRK")).isTrue();
        assertThat(Identiteit.dezelfde("dirk", "dana")).isFalse();
        assertThat(Identiteit.dezelfde("dirk", "di rk")).isFalse();
    }

    @Test
    void anAbsentOrBlankIdentityIsNoOneNotEvenItself() {
        assertThat(Identiteit.normaliseer(null)).isNull();
        assertThat(Identiteit.dezelfde(null, null)).isFalse();
        assertThat(Identiteit.dezelfde(" ", "")).isFalse();
    }

    @Test
    void theLowerCaseDoesNotDependOnTheServersLocale() {
        // in a Turkish locale "I".toLowerCase() is a dotless ı; the identity must not change with the server
        assertThat(Identiteit.normaliseer("INGRID")).isEqualTo("ingrid");
    }

    @Test
    void aCasusregisseurIsNamedByTheNormalisedIdentity() {
        assertThat(new Casusregisseur(" Anna ", "WMO")).isEqualTo(new Casusregisseur("anna", "WMO"));
    }
}
