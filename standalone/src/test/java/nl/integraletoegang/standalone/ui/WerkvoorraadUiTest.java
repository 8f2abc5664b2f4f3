package nl.integraletoegang.standalone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.integraletoegang.standalone.ApiClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A toegangsmedewerker's work list and the melding form, in the browser. */
class WerkvoorraadUiTest extends UiTestBasis {

    @Test
    void aWorkerRegistersAMeldingAndFindsItOnTheTeamsListWhichFollowsChangesLive() {
        browser.inloggen("anna");
        assertThat(browser.pad()).isEqualTo("/werkvoorraad");
        browser.controleerEnLeg("werkvoorraad");

        browser.volg("Melding registreren");
        browser.controleerEnLeg("melding-formulier");
        browser.kies("kanaal", "Telefoon");
        browser.vink("levensdomein-WMO_ONDERSTEUNING");
        browser.vulIn("omschrijving", "Mevrouw kan de trap niet meer op en zoekt hulp in huis.");
        browser.vulIn("leden-0-naam", "Sanne de Vries");
        browser.vulDatumIn("leden-0-geboortedatum", LocalDate.of(1979, 2, 11));
        browser.kies("regime", "Wmo: melding tot afgerond onderzoek (6 weken)");
        browser.druk("Melding registreren");
        browser.wachtOpPad("/huishoudens/");
        String huishouden = browser.pad().substring("/huishoudens/".length());
        browser.wachtOpTekst("De melding is geregistreerd en er is een casus geopend.");

        browser.open("/werkvoorraad");
        browser.wachtOpTekst(huishouden);
        assertThat(browser.driver().findElements(By.cssSelector("#te-triageren tr[data-huishouden='" + huishouden + "']")))
                .hasSize(1);

        // a colleague registers a melding at the same team elsewhere: the open page shows it without a reload
        String anderHuishouden = "hh-" + UUID.randomUUID();
        ApiClient.Answer melding = new ApiClient(port, "anna").post("/api/meldingen", Map.of(
                "huishoudenId", anderHuishouden, "kanaal", "EMAIL", "levensdomeinen", List.of("WONEN")));
        assertThat(melding.status()).as(melding.body().toString()).isEqualTo(201);
        browser.wachtOpTekst(anderHuishouden);
    }

    @Test
    void anIncompleteMeldingIsRefusedWithTheErrorsNextToTheFieldsAndNothingIsRegistered() {
        browser.inloggen("anna");
        browser.open("/meldingen/nieuw");
        browser.vulIn("leden-0-naam", "Piet Jansen");
        browser.vulIn("leden-0-bsn", "123456789");
        browser.druk("Melding registreren");

        browser.wachtOpTekst("Controleer de invoer");
        assertThat(browser.pad()).isEqualTo("/meldingen");
        assertThat(browser.foutmeldingen()).contains("Kies via welk kanaal de melding binnenkwam.",
                "Kies ten minste één levensdomein.", "Beschrijf de hulpvraag.",
                "Geef de geboortedatum van lid 1.",
                "Het BSN van lid 1 klopt niet: het moet uit 9 cijfers bestaan en de elfproef doorstaan.");
        assertThat(browser.veld("kanaal").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.veld("leden-0-naam").getAttribute("value")).isEqualTo("Piet Jansen");
        browser.controleerEnLeg("melding-fouten");
    }

    @Test
    void aManagerCannotOpenTheWorkList() {
        browser.inloggen("maria");
        browser.open("/werkvoorraad");
        assertThat(browser.kop()).isEqualTo("Geen toegang");
        browser.controleerEnLeg("geen-toegang");
    }
}
