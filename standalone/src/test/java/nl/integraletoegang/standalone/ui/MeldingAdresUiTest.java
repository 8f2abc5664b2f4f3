package nl.integraletoegang.standalone.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.integraletoegang.standalone.ApiClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A household is people at an address, in the browser: the melding form records the new household's address and the
 * members' roles, checks the address with the contract's field rules (errors in Dutch at the field), proposes a known
 * household that lives at the typed address, and leaves the address out when the melding joins a chosen household.
 * Every state passes the axe checks.
 */
class MeldingAdresUiTest extends UiTestBasis {

    @Test
    void aMeldingThroughTheFormRegistersTheHouseholdWithItsAddressAndTheMembersRoles() {
        browser.inloggen("anna");
        browser.open("/meldingen/nieuw");
        vulMeldingIn("Huurachterstand na ontslag.");
        browser.vulIn("leden-0-naam", "Ingrid Haverkamp");
        browser.vulDatumIn("leden-0-geboortedatum", LocalDate.of(1979, 3, 14));
        browser.kies("leden-0-rol", "Ouder");
        browser.vulIn("leden-1-naam", "Bram Haverkamp");
        browser.vulDatumIn("leden-1-geboortedatum", LocalDate.of(2011, 6, 2));
        browser.kies("leden-1-rol", "Kind");

        // postcode without huisnummer, and a huisletter that is no letter: explained at the fields
        browser.vulIn("adres-postcode", "7423 dk");
        browser.vulIn("adres-huisletter", "7");
        browser.druk("Melding registreren");
        browser.wachtOpTekst("Geef het huisnummer van het adres; een adres heeft postcode en huisnummer samen.");
        assertThat(browser.tekst()).contains("Een huisletter is één letter (a-z), bijvoorbeeld de A van 12A.");
        assertThat(browser.veld("adres-huisnummer").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.veld("adres-huisletter").getAttribute("aria-invalid")).isEqualTo("true");
        browser.controleerEnLeg("melding-adres-fout");

        browser.vulIn("adres-huisnummer", "zeven");
        browser.vulIn("adres-huisletter", "b");
        browser.druk("Melding registreren");
        browser.wachtOpTekst("Een huisnummer is een getal van 1 tot en met 99999.");

        browser.vulIn("adres-huisnummer", "31");
        browser.vulIn("adres-straat", "Zwanenbloemstraat");
        browser.vulIn("adres-woonplaats", "Deventer");
        browser.druk("Melding registreren");
        browser.wachtOpTekst("De melding is geregistreerd en er is een casus geopend.");
        assertThat(browser.kop()).isEqualTo("Huishouden Haverkamp, Zwanenbloemstraat 31B, Deventer");
    }

    @Test
    void theProposalMatchesAKnownHouseholdByTheTypedAddress() {
        String bekend = "hh-" + UUID.randomUUID();
        ApiClient anna = new ApiClient(port, "anna");
        ApiClient.Answer melding = anna.post("/api/meldingen", Map.of("huishoudenId", bekend, "kanaal", "TELEFOON",
                "levensdomeinen", List.of("WONEN"), "omschrijving", "Vochtproblemen in de woning",
                "leden", List.of(Map.of("naam", "Sanne Wolters", "geboortedatum", "1985-09-09")),
                "adres", Map.of("postcode", "7425CE", "huisnummer", 88, "straat", "Pothoflaan",
                        "woonplaats", "Deventer")));
        assertThat(melding.status()).as(melding.body().toString()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).until(() -> anna.get("/api/huishoudens/zoeken?postcode=7425CE"
                + "&huisnummer=88").body().toString().contains(bekend));

        // someone else at the same address, not known by name: the address alone proposes the household
        browser.inloggen("anna");
        browser.open("/meldingen/nieuw");
        vulMeldingIn("Buurvrouw meldt zorgen over de kinderen.");
        browser.vulIn("leden-0-naam", "Tom de Groot");
        browser.vulDatumIn("leden-0-geboortedatum", LocalDate.of(1983, 2, 20));
        browser.vulIn("adres-postcode", "7425 ce");
        browser.vulIn("adres-huisnummer", "88");
        browser.druk("Melding registreren");
        browser.wachtOpTekst("Dit huishouden lijkt al bekend");
        assertThat(browser.driver().findElements(By.cssSelector("#voorstel tr[data-huishouden='" + bekend + "']")))
                .hasSize(1);
        assertThat(browser.tekst()).contains("zelfde adres", "Pothoflaan 88").doesNotContain("naam en geboortedatum");
        browser.controleerEnLeg("melding-voorstel-adres");

        // joining it: the form for a chosen household has no address fieldset, the melding joins its open casus
        browser.driver().findElement(By.cssSelector("#voorstel tr[data-huishouden='" + bekend + "'] button")).click();
        browser.wachtOpPad("/huishoudens/" + bekend);
        browser.wachtOpTekst("De melding is als nieuwe hulpvraag toegevoegd aan de open casus van het huishouden.");

        browser.open("/meldingen/nieuw?huishouden=" + bekend);
        assertThat(browser.tekst()).contains("De melding komt bij het huishouden dat je hebt gekozen.");
        assertThat(browser.driver().findElements(By.id("adres"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("adres-postcode"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("leden-0-rol"))).hasSize(1);
        browser.controleerEnLeg("melding-gekozen-huishouden");
    }

    private void vulMeldingIn(String omschrijving) {
        browser.kies("kanaal", "Telefoon");
        browser.vink("levensdomein-WONEN");
        browser.vulIn("omschrijving", omschrijving);
    }
}
