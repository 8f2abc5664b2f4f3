package nl.integraletoegang.standalone.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * "Vul aan uit BRP" on the melding form, in the browser with htmx: the residents at an address (the fictitious
 * residents of the standalone version) fill the member rows without leaving the page, a BSN brings the person and
 * their address, a wrong postcode is explained next to its field, and the melding registers the members filled in.
 * Every state passes the axe checks.
 */
class BrpAanvullingUiTest extends UiTestBasis {

    @Test
    void theResidentsAtAnAddressFillTheMemberRowsAndAreRegisteredWithTheMelding() {
        browser.inloggen("anna");
        browser.open("/meldingen/nieuw");
        browser.vulIn("brp-postcode", "7411 kl");
        browser.vulIn("brp-huisnummer", "12");
        browser.druk("Vul aan uit BRP");
        browser.wachtOpTekst("De BRP vond 3 personen op Kerkstraat 12A, 7411KL Deventer.");

        assertThat(browser.pad()).as("htmx replaced the member rows in place").isEqualTo("/meldingen/nieuw");
        assertThat(waarde("leden-0-naam")).isEqualTo("Fatima el Amrani");
        assertThat(waarde("leden-0-geboortedatum")).isEqualTo("1968-04-03");
        assertThat(waarde("leden-0-bsn")).isEqualTo("999990019");
        assertThat(waarde("leden-1-naam")).isEqualTo("Karim el Amrani");
        assertThat(waarde("leden-2-naam")).isEqualTo("Youssef el Amrani");
        assertThat(waarde("leden-2-bsn")).isEqualTo("999990032");
        assertThat(waarde("brp-postcode")).isEqualTo("7411KL");
        assertThat(waarde("brp-huisletter")).isEqualTo("A");
        assertThat(waarde("adres-postcode")).as("the household's address is filled in too").isEqualTo("7411KL");
        assertThat(waarde("adres-huisnummer")).isEqualTo("12");
        assertThat(waarde("adres-huisletter")).isEqualTo("A");
        assertThat(waarde("adres-straat")).isEqualTo("Kerkstraat");
        assertThat(waarde("adres-woonplaats")).isEqualTo("Deventer");
        assertThat(browser.veld("voortgang").getText()).as("read out by the live region")
                .startsWith("De BRP vond 3 personen");
        browser.controleerEnLeg("melding-aangevuld-uit-brp");

        browser.kies("kanaal", "Inloop");
        browser.vink("levensdomein-JEUGD");
        browser.vulIn("omschrijving", "Zoon verzuimt veel van school.");
        browser.druk("Melding registreren");
        // other tests of this database may have registered an El Amrani born the same day: then the form first
        // proposes that household, and this melding is registered apart with a reason
        await().atMost(Duration.ofSeconds(20)).until(() -> browser.pad().startsWith("/huishoudens/")
                || browser.tekst().contains("Dit huishouden lijkt al bekend"));
        if (!browser.pad().startsWith("/huishoudens/")) {
            browser.vulIn("apartReden", "Het gezin woont sinds kort op dit adres.");
            browser.druk("Toch als nieuw huishouden registreren");
        }
        browser.wachtOpPad("/huishoudens/");
        browser.wachtOpTekst("De melding is geregistreerd en er is een casus geopend.");
        assertThat(browser.tekst()).contains("Fatima el Amrani", "Karim el Amrani", "Youssef el Amrani");
        assertThat(browser.kop()).as("the address found is registered with the melding").contains("Kerkstraat 12A",
                "Deventer");
    }

    @Test
    void theHouseholdsAddressTypedOnTheFormIsLookedUpWhenTheLookupFieldsAreEmpty() {
        browser.inloggen("anna");
        browser.open("/meldingen/nieuw");
        browser.vulIn("adres-postcode", "7411 kl");
        browser.vulIn("adres-huisnummer", "12");
        browser.druk("Vul aan uit BRP");
        browser.wachtOpTekst("De BRP vond 3 personen op Kerkstraat 12A, 7411KL Deventer.");
        assertThat(waarde("leden-0-naam")).isEqualTo("Fatima el Amrani");
        assertThat(waarde("adres-straat")).isEqualTo("Kerkstraat");
        assertThat(waarde("adres-huisletter")).isEqualTo("A");
        browser.controleerEnLeg("melding-adres-uit-brp");
    }

    @Test
    void aBsnBringsThePersonAndTheirAddressAndAWrongPostcodeIsExplainedAtItsField() {
        browser.inloggen("anna");
        browser.open("/meldingen/nieuw");
        browser.vulIn("brp-bsn", "999990068");
        browser.druk("Vul aan uit BRP");
        browser.wachtOpTekst("De BRP vond 1 persoon op Hoge Hondstraat 40, 7412AX Deventer.");
        assertThat(waarde("leden-0-naam")).isEqualTo("Lukas Müller");
        assertThat(waarde("brp-postcode")).isEqualTo("7412AX");
        assertThat(waarde("brp-huisnummer")).isEqualTo("40");
        assertThat(waarde("adres-straat")).isEqualTo("Hoge Hondstraat");
        assertThat(waarde("adres-huisnummer")).isEqualTo("40");

        browser.vulIn("brp-postcode", "74 12");
        browser.druk("Vul aan uit BRP");
        browser.wachtOpTekst("Geef een postcode van 4 cijfers en 2 letters, zoals 7411KL.");
        assertThat(browser.veld("brp-postcode").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(waarde("leden-0-naam")).as("the rows stay as they were").isEqualTo("Lukas Müller");
        browser.controleerEnLeg("melding-brp-fout");
    }

    private String waarde(String id) {
        return browser.driver().findElement(By.id(id)).getDomProperty("value");
    }
}
