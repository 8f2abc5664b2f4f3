package nl.integraletoegang.standalone.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The whole life of one casus, through the web UI only, with every role logging in in turn: two meldingen at two
 * doors, triage, the plan, an escalation that climbs to the doorbraakteam, a doorbraak with maatwerkbudget, the hand
 * back, closure; then management sees it in the figures, the auditor reads its history, the beheerder its
 * projections. No step uses the API.
 */
class CasusLevensloopUiTest extends UiTestBasis {

    private final String wijk = "Levensloop-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aCasusGoesFromMeldingThroughTheDoorbraakteamToClosureAndIsThenSeenByManagementAndTheAuditor() {
        // anna (Wmo) takes in the first melding: a new household, a casus is opened
        browser.inloggen("anna");
        browser.volg("Melding registreren");
        browser.kies("kanaal", "Telefoon");
        browser.vink("levensdomein-WMO_ONDERSTEUNING");
        browser.vulIn("omschrijving", "Moeder met twee kinderen redt het huishouden niet meer.");
        browser.vulIn("leden-0-naam", "Noor Visser");
        browser.vulDatumIn("leden-0-geboortedatum", LocalDate.of(1987, 6, 21));
        browser.vulIn("wijk", wijk);
        browser.druk("Melding registreren");
        browser.wachtOpTekst("De melding is geregistreerd en er is een casus geopend.");
        String huishouden = browser.pad().substring("/huishoudens/".length());
        browser.uitloggen();

        // bram (Schuldhulp) takes in a second melding at another door: it joins the same casus
        browser.inloggen("bram");
        browser.open("/meldingen/nieuw?huishouden=" + huishouden);
        browser.kies("kanaal", "Signaal van een partner");
        browser.vink("levensdomein-SCHULDEN");
        browser.vink("dreiging-AFSLUITING_ENERGIE_OF_WATER");
        browser.vulIn("omschrijving", "Energieleverancier kondigt afsluiting aan.");
        browser.vulIn("wijk", wijk);
        browser.druk("Melding registreren");
        browser.wachtOpTekst("De melding is als nieuwe hulpvraag toegevoegd aan de open casus van het huishouden.");
        String casus = casusIdOpHuishoudpagina();

        // triage: the debts weigh heaviest, bram becomes the one regisseur
        browser.volg("Triage");
        browser.vulIn("integraleHulpvraag", "Afsluiting dreigt en het huishouden loopt vast.");
        browser.veld("urgentie-ACUUT").click();
        browser.driver().findElement(By.xpath("//label[contains(., 'Schulden')]/preceding-sibling::input[@type='radio']"))
                .click();
        browser.druk("Triage vastleggen");
        browser.wachtOpTekst("De triage is vastgelegd en bram is casusregisseur.");

        // the plan: one goal, one action
        browser.volg("Plan opstellen");
        browser.kies("doelen-0-levensdomein", "Schulden");
        browser.vulIn("doelen-0-omschrijving", "Afsluiting voorkomen");
        browser.vulIn("acties-0-omschrijving", "Afspraak met energieleverancier");
        browser.vulIn("acties-0-eigenaar", "bram");
        browser.vulDatumIn("acties-0-deadline", LocalDate.now().plusDays(10));
        browser.druk("Plan vaststellen");
        browser.wachtOpTekst("Een nieuwe versie van het plan is vastgesteld.");

        // the chain stalls: bram calls in the procesregisseur
        browser.volg("Escaleren");
        browser.kies("reden", "De keten stagneert");
        browser.vulIn("toelichting", "Leverancier reageert niet op de betalingsregeling.");
        browser.druk("Escaleren");
        browser.wachtOpTekst("De casus is geëscaleerd naar de procesregisseur.");
        assertThat(browser.veld("escalatie").getText()).contains("Procesregisseur", "wacht op oppakken");
        browser.uitloggen();

        // petra (procesregisseur) takes it up and takes it on to the doorbraakteam
        browser.inloggen("petra");
        wachtTotInEscalatiewachtrij(huishouden);
        browser.volgHuishouden(huishouden);
        browser.wachtOpPad("/escalaties/" + huishouden);
        browser.druk("Oppakken");
        browser.wachtOpTekst("petra");
        browser.kies("doorbraakteam-reden", "De keten stagneert");
        browser.vulIn("doorbraakteam-toelichting", "Regels van de leverancier staan een oplossing in de weg.");
        browser.druk("Escaleren naar doorbraakteam");
        browser.wachtOpPad("/escalaties");
        browser.uitloggen();

        // dirk (doorbraakteam): takes it up, approves a doorbraak on three motivated yeses and requests budget
        browser.inloggen("dirk");
        wachtTotInEscalatiewachtrij(huishouden);
        browser.volgHuishouden(huishouden);
        browser.wachtOpPad("/escalaties/" + huishouden);
        browser.druk("Oppakken");
        browser.wachtOpTekst("Doorbraak");
        for (String pijler : List.of("legitimiteit", "betrokkenheid", "rendement")) {
            browser.vink("doorbraak-" + pijler + "-ja");
            browser.vulIn("doorbraak-" + pijler + "-motivering", "Ja: afgewogen door het team (" + pijler + ").");
        }
        browser.vulIn("doorbraak-oplossing", "De gemeente betaalt de achterstand rechtstreeks aan de leverancier.");
        browser.druk("Besluit over doorbraak vastleggen");
        browser.wachtOpTekst("Maatwerkbudget");
        browser.vulIn("budget-bedrag", "1250,00");
        browser.vulIn("budget-bestemming", "Achterstand energie");
        browser.druk("Maatwerkbudget aanvragen");
        browser.wachtOpTekst("Het maatwerkbudget is aangevraagd.");
        assertThat(browser.veld("doorbraken").getText()).contains("€ 1.250,00 aangevraagd");
        browser.uitloggen();

        // dana (a second member of the doorbraakteam) approves the budget dirk requested, and hands back
        browser.inloggen("dana");
        browser.open("/escalaties/" + huishouden + "/" + casus);
        browser.druk("Maatwerkbudget goedkeuren");
        browser.wachtOpTekst("Het maatwerkbudget is goedgekeurd en toegekend.");
        assertThat(browser.veld("doorbraken").getText()).contains("€ 1.250,00");
        browser.controleerEnLeg("levensloop-doorbraak");
        browser.vulIn("teruggave-afgesprokenPlan", "Achterstand betaald; budgetbeheer start, bram houdt de regie.");
        browser.druk("Teruggeven aan casusregisseur");
        browser.wachtOpPad("/escalaties");
        browser.uitloggen();

        // bram finishes the plan and closes the casus with an outcome for both hulpvragen
        browser.inloggen("bram");
        browser.open("/huishoudens/" + huishouden);
        assertThat(browser.veld("escalatie").getText()).isEqualTo("Geen");
        browser.driver().findElement(By.xpath("//tr[td[normalize-space()='Afspraak met energieleverancier']]//button"))
                .click();
        browser.wachtOpTekst("De actie is afgerond.");
        browser.volg("Casus sluiten");
        List<WebElement> uitkomsten = browser.driver().findElements(By.cssSelector("select[id^='uitkomsten-']"));
        assertThat(uitkomsten).hasSize(2);
        uitkomsten.forEach(uitkomst -> new Select(uitkomst).selectByVisibleText("Maatwerkvoorziening"));
        browser.druk("Casus sluiten");
        browser.wachtOpTekst("De casus is gesloten.");
        browser.uitloggen();

        // maria (management) sees the casus in the figures of its wijk: closed, escalated twice, no names
        browser.inloggen("maria");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            browser.open("/figuren?periode=MAAND&wijk=" + wijk);
            return browser.driver().findElements(By.cssSelector("#tabel-escalaties tbody tr")).size() == 2;
        });
        assertThat(browser.tekst()).contains("Doorbraakteam", "Maatwerkvoorziening").doesNotContain("Noor Visser");
        browser.controleerEnLeg("levensloop-figuren");
        browser.uitloggen();

        // aart (auditor) reads the casus's history: who did what, at which level
        browser.inloggen("aart");
        browser.vulIn("casus", casus);
        browser.druk("Zoeken");
        browser.wachtOpPad("/casussen/" + casus + "/historie");
        String historie = browser.tekst();
        assertThat(historie).contains("anna", "bram", "petra", "dirk", "dana", "Maatwerkbudget aangevraagd",
                "Maatwerkbudget toegekend");
        browser.controleerEnLeg("levensloop-historie");
        browser.uitloggen();

        // bea (beheerder) sees the projections that carried all of this
        browser.inloggen("bea");
        assertThat(browser.pad()).isEqualTo("/beheer");
        assertThat(browser.tekst()).contains("huishoudenoverzicht", "escalatiewachtrij", "managementfiguren");
        browser.controleerEnLeg("levensloop-beheer");
    }
}
