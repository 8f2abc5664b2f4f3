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
 * The casusregisseur's work on a household page: triage, the plan, closing only when everything is arranged.
 * Each refusal of the command side is explained on the page, with nothing changed.
 */
class CasusUiTest extends UiTestBasis {

    @Test
    void theRegisseurTriagesKeepsThePlanAndClosesTheCasusOnlyWhenEverythingIsArranged() {
        // anna (Wmo) takes in a melding for a new household
        browser.inloggen("anna");
        browser.open("/meldingen/nieuw");
        browser.kies("kanaal", "Inloop");
        browser.vink("levensdomein-WMO_ONDERSTEUNING");
        browser.vulIn("omschrijving", "Hulp bij het huishouden na een operatie.");
        browser.vulIn("leden-0-naam", "Fatima el Amrani");
        // another El Amrani than the BRP test's (born 1968-04-03): the shared UI database must not propose hers
        browser.vulDatumIn("leden-0-geboortedatum", LocalDate.of(1971, 9, 21));
        browser.druk("Melding registreren");
        browser.wachtOpPad("/huishoudens/");
        String huishouden = browser.pad().substring("/huishoudens/".length());
        // workers recognise the household by its label, not its id (surname of the oldest member, no address yet)
        assertThat(browser.kop()).isEqualTo("Huishouden El Amrani");
        assertThat(browser.tekst()).contains("Er is nog geen adres bekend.");
        browser.uitloggen();

        // bram (Schuldhulp) takes in a second melding for the same household: it joins the open casus
        browser.inloggen("bram");
        browser.open("/meldingen/nieuw?huishouden=" + huishouden);
        browser.kies("kanaal", "Verwijzing huisarts");
        browser.vink("levensdomein-SCHULDEN");
        browser.vink("dreiging-HUISUITZETTING");
        browser.vulIn("omschrijving", "Huurachterstand van drie maanden.");
        browser.druk("Melding registreren");
        browser.wachtOpTekst("De melding is als nieuwe hulpvraag toegevoegd aan de open casus van het huishouden.");
        assertThat(browser.driver().findElements(By.cssSelector("#hulpvragen tbody tr"))).hasSize(2);
        browser.controleerEnLeg("huishouden-voor-triage");

        // triage: the debts are the heaviest question, so bram of Schuldhulp becomes the one regisseur
        browser.volg("Triage");
        browser.druk("Triage vastleggen");
        browser.wachtOpTekst("Controleer de invoer");
        assertThat(browser.foutmeldingen()).contains("Beschrijf de integrale hulpvraag.", "Kies de urgentie.",
                "Kies welke hulpvraag het zwaarste vraagstuk is.");
        browser.controleerEnLeg("triage-fouten");
        browser.vulIn("integraleHulpvraag", "Schulden dreigen tot uitzetting te leiden; zorg thuis nodig.");
        browser.veld("urgentie-HOOG").click();
        browser.driver().findElement(By.xpath("//label[contains(., 'Schulden')]/preceding-sibling::input[@type='radio']"))
                .click();
        browser.druk("Triage vastleggen");
        browser.wachtOpTekst("De triage is vastgelegd en bram is casusregisseur.");
        assertThat(browser.veld("regisseur").getText()).isEqualTo("bram (team SCHULDHULP)");

        // the plan: a goal and two actions
        browser.volg("Plan opstellen");
        browser.controleerEnLeg("plan-formulier");
        browser.kies("doelen-0-levensdomein", "Schulden");
        browser.vulIn("doelen-0-omschrijving", "Uitzetting voorkomen");
        browser.vulIn("acties-0-omschrijving", "Betalingsregeling met verhuurder");
        browser.vulIn("acties-0-eigenaar", "bram");
        browser.vulDatumIn("acties-0-deadline", LocalDate.now().plusDays(14));
        browser.druk("Actie toevoegen");
        browser.vulIn("acties-1-omschrijving", "Huishoudelijke hulp regelen");
        browser.vulIn("acties-1-eigenaar", "anna");
        browser.druk("Plan vaststellen");
        browser.wachtOpTekst("Geef de deadline van actie 2.");
        browser.vulDatumIn("acties-1-deadline", LocalDate.now().plusDays(7));
        browser.druk("Plan vaststellen");
        browser.wachtOpTekst("Een nieuwe versie van het plan is vastgesteld.");
        assertThat(browser.veld("plan-versie").getText()).startsWith("Versie 1")
                .contains("2 open acties, waarvan 0 over de deadline");
        assertThat(browser.tekst()).contains("21 september 1971");
        browser.controleerEnLeg("huishouden-met-plan");

        // closing with open actions is refused, and the page names the rule
        browser.volg("Casus sluiten");
        browser.druk("Casus sluiten");
        browser.wachtOpTekst("Kies de uitkomst van hulpvraag 1.");
        for (var select : browser.driver().findElements(By.cssSelector("select[id^='uitkomsten-']"))) {
            new org.openqa.selenium.support.ui.Select(select).selectByVisibleText("Maatwerkvoorziening");
        }
        browser.druk("Casus sluiten");
        browser.wachtOpTekst("Niet uitgevoerd");
        assertThat(browser.driver().findElement(By.cssSelector(".weigering")).getText()).contains("Regel:");
        browser.controleerEnLeg("sluiting-geweigerd");

        // one action done, the other cancelled with a reason
        browser.open("/huishoudens/" + huishouden);
        browser.driver().findElement(By.xpath("//tr[td[normalize-space()='Betalingsregeling met verhuurder']]//button"))
                .click();
        browser.wachtOpTekst("De actie is afgerond.");
        browser.driver().findElement(By.xpath("//tr[td[normalize-space()='Huishoudelijke hulp regelen']]//a")).click();
        browser.druk("Actie annuleren");
        browser.wachtOpTekst("Geef een reden om de actie te annuleren.");
        browser.controleerEnLeg("annulering-fouten");
        browser.vulIn("reden", "Dochter neemt het huishouden tijdelijk over.");
        browser.druk("Actie annuleren");
        browser.wachtOpTekst("De actie is geannuleerd.");

        // now the casus can be closed with an outcome per hulpvraag
        browser.volg("Casus sluiten");
        for (var select : browser.driver().findElements(By.cssSelector("select[id^='uitkomsten-']"))) {
            new org.openqa.selenium.support.ui.Select(select).selectByVisibleText("Eigen netwerk");
        }
        browser.druk("Casus sluiten");
        browser.wachtOpTekst("De casus is gesloten.");
        browser.wachtOpTekst("Dit huishouden heeft geen open casus.");
    }

    @Test
    void aPlanAdoptedByAColleagueMeanwhileIsNotOverwrittenByAFormOpenedBeforeIt() {
        ApiClient bram = new ApiClient(port, "bram");
        String huishouden = doorBramGetriageerd();
        String casus = "/api/huishoudens/" + huishouden + "/casussen/" + casusIdOpHuishoudpagina();

        // bram opens the plan form as the household is now ...
        browser.volg("Plan opstellen");
        browser.kies("doelen-0-levensdomein", "Schulden");
        browser.vulIn("doelen-0-omschrijving", "Overzicht in de schulden");

        // ... while a plan is adopted elsewhere (another tab, a colleague)
        assertThat(bram.post(casus + "/plan/versies", Map.of("doelen", List.of(Map.of("levensdomein", "SCHULDEN",
                "omschrijving", "Schuldhulptraject starten")))).status()).isEqualTo(200);

        // the form does not silently replace that plan: nothing is stored and the page says why
        browser.druk("Plan vaststellen");
        browser.wachtOpTekst("Niet uitgevoerd");
        assertThat(browser.driver().findElement(By.cssSelector(".weigering")).getText())
                .contains("intussen gewijzigd", "verouderde-versie");
        browser.controleerEnLeg("plan-gelijktijdig");
        browser.open("/huishoudens/" + huishouden);
        assertThat(browser.veld("doelen").getText()).contains("Schuldhulptraject starten")
                .doesNotContain("Overzicht in de schulden");
    }

    @Test
    void aTermijnIsSuspendedWithAReasonResumedAndMetFromTheHouseholdPage() {
        browser.inloggen("anna");
        browser.open("/meldingen/nieuw");
        browser.kies("kanaal", "E-mail");
        browser.vink("levensdomein-WMO_ONDERSTEUNING");
        browser.vulIn("omschrijving", "Aanvraag woningaanpassing.");
        browser.kies("regime", "Wmo: aanvraag tot beschikking (2 weken)");
        browser.druk("Melding registreren");
        browser.wachtOpTekst("De melding is geregistreerd en er is een casus geopend.");
        assertThat(termijnStatus()).isEqualTo("Lopend");

        browser.volg("Opschorten");
        browser.druk("Termijn opschorten");
        browser.wachtOpTekst("Geef een reden.");
        browser.controleerEnLeg("termijn-opschorten-fouten");
        browser.vulIn("reden", "Aanvraag onvolledig: offerte ontbreekt.");
        browser.druk("Termijn opschorten");
        browser.wachtOpTekst("De termijn is opgeschort.");
        assertThat(termijnStatus()).isEqualTo("Opgeschort");

        browser.volg("Hervatten");
        browser.vulIn("reden", "Offerte ontvangen.");
        browser.druk("Termijn hervatten");
        browser.wachtOpTekst("De termijn loopt weer.");
        assertThat(termijnStatus()).isEqualTo("Lopend");

        browser.driver().findElement(By.cssSelector("#termijnen tbody tr button")).click();
        browser.wachtOpTekst("De termijn is afgerond.");
        assertThat(termijnStatus()).isEqualTo("Afgerond");
    }

    private String termijnStatus() {
        return browser.driver().findElement(By.cssSelector("#termijnen tbody tr td:nth-child(2)")).getText();
    }

    @Test
    void theRegisseurHandsTheCasusToAColleagueWithAReason() {
        String huishouden = doorBramGetriageerd();
        browser.volg("Regisseur wijzigen");
        browser.druk("Casusregisseur wijzigen");
        browser.wachtOpTekst("Geef een reden om de casusregisseur te wijzigen.");
        browser.controleerEnLeg("regisseur-fouten");
        browser.vulIn("gebruikersnaam", "anna");
        browser.vulIn("team", "WMO");
        browser.vulIn("reden", "De zorgvraag weegt inmiddels het zwaarst.");
        browser.druk("Casusregisseur wijzigen");
        browser.wachtOpTekst("De casus heeft een nieuwe casusregisseur: anna.");
        assertThat(browser.pad()).isEqualTo("/huishoudens/" + huishouden);
        assertThat(browser.veld("regisseur").getText()).isEqualTo("anna (team WMO)");
    }

    /** A casus triaged by bram through the API; bram is logged in on its household page. */
    private String doorBramGetriageerd() {
        ApiClient bram = new ApiClient(port, "bram");
        String huishouden = "hh-" + UUID.randomUUID();
        ApiClient.Answer melding = bram.post("/api/meldingen", Map.of("huishoudenId", huishouden,
                "kanaal", "INLOOP", "levensdomeinen", List.of("SCHULDEN"), "omschrijving", "Rekeningen stapelen op"));
        assertThat(melding.status()).as(melding.body().toString()).isEqualTo(201);
        String casus = "/api/huishoudens/" + huishouden + "/casussen/" + melding.body().get("casusId").asText();
        assertThat(bram.post(casus + "/triage", Map.of("integraleHulpvraag", "Schulden ordenen",
                "levensdomeinen", List.of("SCHULDEN"), "urgentie", "NORMAAL",
                "zwaarsteVraagstukHulpvraagId", melding.body().get("hulpvraagId").asText(),
                "regisseur", Map.of("gebruikersnaam", "bram", "team", "SCHULDHULP"))).status()).isEqualTo(200);
        browser.inloggen("bram");
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            browser.open("/huishoudens/" + huishouden);
            return browser.tekst().contains("bram (team SCHULDHULP)");
        });
        return huishouden;
    }
}
