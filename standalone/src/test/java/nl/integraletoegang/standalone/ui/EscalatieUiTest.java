package nl.integraletoegang.standalone.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.integraletoegang.standalone.ApiClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** The procesregisseur's and the doorbraakteam's escalation pages, in the browser. */
class EscalatieUiTest extends UiTestBasis {

    /** A triaged casus with a plan (regisseur bram, team Schuldhulp; anna's team Wmo has a hulpvraag in it). */
    private record Casus(String huishouden, String casus) {

        String pad() {
            return "/escalaties/" + huishouden + "/" + casus;
        }
    }

    /** Set up through the write API: meldingen by anna and bram, triage and plan by bram, escalated by bram. */
    private Casus geescaleerdNaarProcesregisseur() {
        ApiClient anna = new ApiClient(port, "anna");
        ApiClient bram = new ApiClient(port, "bram");
        String huishouden = "hh-" + UUID.randomUUID();
        ApiClient.Answer wmo = anna.post("/api/meldingen", Map.of("huishoudenId", huishouden, "kanaal", "TELEFOON",
                "levensdomeinen", List.of("WMO_ONDERSTEUNING"), "omschrijving", "Hulp bij het huishouden",
                "leden", List.of(Map.of("naam", "Sanne Jansen", "geboortedatum", "1979-02-11"))));
        assertThat(wmo.status()).as(wmo.body().toString()).isEqualTo(201);
        ApiClient.Answer schulden = bram.post("/api/meldingen", Map.of("huishoudenId", huishouden,
                "kanaal", "VERWIJZING_HUISARTS", "levensdomeinen", List.of("SCHULDEN"),
                "omschrijving", "Huurachterstand, uitzetting dreigt", "dreigingen", List.of("HUISUITZETTING")));
        assertThat(schulden.status()).as(schulden.body().toString()).isEqualTo(201);
        Casus casus = new Casus(huishouden, wmo.body().get("casusId").asText());
        String api = "/api/huishoudens/" + huishouden + "/casussen/" + casus.casus();
        ApiClient.Answer triage = bram.post(api + "/triage", Map.of(
                "integraleHulpvraag", "Schulden dreigen tot uitzetting te leiden; zorg thuis nodig",
                "levensdomeinen", List.of("SCHULDEN", "WMO_ONDERSTEUNING"), "urgentie", "HOOG",
                "zwaarsteVraagstukHulpvraagId", schulden.body().get("hulpvraagId").asText(),
                "regisseur", Map.of("gebruikersnaam", "bram", "team", "SCHULDHULP")));
        assertThat(triage.status()).as(triage.body().toString()).isEqualTo(200);
        ApiClient.Answer plan = bram.post(api + "/plan/versies", Map.of(
                "doelen", List.of(Map.of("levensdomein", "SCHULDEN", "omschrijving", "Uitzetting voorkomen")),
                "acties", List.of(Map.of("actieId", "actie-1", "omschrijving", "Betalingsregeling met verhuurder",
                        "eigenaar", "bram", "deadline", "2026-12-15"))));
        assertThat(plan.status()).as(plan.body().toString()).isEqualTo(200);
        ApiClient.Answer escalatie = bram.post(api + "/escalaties", Map.of("reden", "KETEN_STAGNEERT",
                "toelichting", "Verhuurder en energieleverancier reageren niet"));
        assertThat(escalatie.status()).as(escalatie.body().toString()).isEqualTo(201);
        return casus;
    }

    @Test
    void theProcesregisseurAndTheDoorbraakteamCarryAnEscalationThroughADoorbraakBackToTheCasusregisseur() {
        Casus casus = geescaleerdNaarProcesregisseur();

        // The procesregisseur finds it in the queue, waiting, and takes it up.
        browser.inloggen("petra");
        wachtTotInEscalatiewachtrij(casus.huishouden());
        assertThat(browser.kop()).isEqualTo("Escalaties");
        assertThat(browser.tekst()).contains("Verhuurder en energieleverancier reageren niet", "wacht op oppakken");
        browser.controleerEnLeg("escalatie-wachtrij");
        // the queue names the household by its label, not by its id
        assertThat(browser.tekst()).contains("Huishouden Jansen").doesNotContain(casus.huishouden());
        browser.volgHuishouden(casus.huishouden());
        browser.wachtOpPad(casus.pad());
        assertThat(browser.veld("escalatie-niveau").getText()).isEqualTo("Procesregisseur");
        assertThat(browser.tekst()).contains("bram (team SCHULDHULP)", "Betalingsregeling met verhuurder");
        browser.controleerEnLeg("escalatie-detail-wacht");
        browser.druk("Oppakken");
        browser.wachtOpTekst("Je hebt de escalatie opgepakt.");
        assertThat(browser.veld("opgepakt-door").getText()).isEqualTo("petra");
        browser.controleerEnLeg("escalatie-detail-procesregisseur");

        // Passing it on without reason and explanation: the errors stand next to the fields, nothing is sent.
        browser.druk("Escaleren naar doorbraakteam");
        browser.wachtOpTekst("Controleer de invoer");
        assertThat(browser.foutmeldingen()).containsExactlyInAnyOrder("Kies de reden van de escalatie.",
                "Licht de escalatie toe.");
        assertThat(browser.veld("doorbraakteam-toelichting").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.veld("escalatie-niveau").getText()).isEqualTo("Procesregisseur");
        browser.controleerEnLeg("escalatie-doorbraakteam-fouten");
        browser.kies("doorbraakteam-reden", "De keten stagneert");
        browser.vulIn("doorbraakteam-toelichting", "Regels staan een oplossing in de weg");
        browser.druk("Escaleren naar doorbraakteam");
        browser.wachtOpTekst("is geëscaleerd naar het doorbraakteam");
        assertThat(browser.pad()).isEqualTo("/escalaties");
        browser.uitloggen();

        // The doorbraakteam takes it up; an empty doorbraak form names every missing answer.
        browser.inloggen("dirk");
        wachtTotInEscalatiewachtrij(casus.huishouden());
        browser.volgHuishouden(casus.huishouden());
        browser.wachtOpPad(casus.pad());
        assertThat(browser.veld("escalatie-niveau").getText()).isEqualTo("Doorbraakteam");
        browser.druk("Oppakken");
        browser.wachtOpTekst("Je hebt de escalatie opgepakt.");
        browser.controleerEnLeg("escalatie-detail-doorbraakteam");
        browser.druk("Besluit over doorbraak vastleggen");
        browser.wachtOpTekst("Controleer de invoer");
        assertThat(browser.foutmeldingen()).contains("Beantwoord de vraag naar de legitimiteit met ja of nee.",
                "Motiveer het antwoord over de betrokkenheid.", "Beschrijf de oplossing waarover het team besluit.");
        assertThat(browser.veld("doorbraak-rendement-ja").getAttribute("aria-invalid")).isEqualTo("true");
        browser.controleerEnLeg("escalatie-doorbraak-fouten");

        // One "no" rejects the doorbraak: a decision, reported with the answer that was "no".
        beantwoord("legitimiteit", true, "Past binnen de verordening");
        beantwoord("betrokkenheid", false, "Het huishouden wil dit niet");
        beantwoord("rendement", true, "Goedkoper dan uitzetting");
        browser.vulIn("doorbraak-oplossing", "Tijdelijke woonruimte");
        browser.druk("Besluit over doorbraak vastleggen");
        browser.wachtOpTekst("De doorbraak is afgewezen.");
        assertThat(browser.veld("doorbraak-uitslag").getText()).contains("Betrokkenheid: Het huishouden wil dit niet");
        assertThat(browser.veld("doorbraken").getText()).contains("Tijdelijke woonruimte", "Afgewezen");
        assertThat(browser.driver().findElements(By.id("budget-bedrag"))).isEmpty();
        browser.controleerEnLeg("escalatie-doorbraak-afgewezen");

        // Three motivated "yes" answers approve it, and the maatwerkbudget form appears.
        beantwoord("legitimiteit", true, "Past binnen de verordening");
        beantwoord("betrokkenheid", true, "Het huishouden houdt zelf de regie");
        beantwoord("rendement", true, "Goedkoper dan uitzetting");
        browser.vulIn("doorbraak-oplossing", "Huurachterstand overnemen");
        browser.druk("Besluit over doorbraak vastleggen");
        browser.wachtOpTekst("De doorbraak is goedgekeurd.");
        assertThat(browser.veld("doorbraken").getText()).contains("Huurachterstand overnemen", "Goedgekeurd");
        browser.controleerEnLeg("escalatie-doorbraak-goedgekeurd");

        // Budget: invalid input stays in the page; dirk requests it, and the page offers him no approval.
        assertThat(browser.veld("doorbraken").getText()).contains("nog niet toegekend");
        browser.vulIn("budget-bedrag", "twee");
        browser.druk("Maatwerkbudget aanvragen");
        browser.wachtOpTekst("Controleer de invoer");
        assertThat(browser.foutmeldingen()).contains(
                "Geef het bedrag in euro's met hoogstens twee decimalen, bijvoorbeeld 2450,00.");
        assertThat(browser.veld("budget-bedrag").getAttribute("value")).isEqualTo("twee");
        browser.controleerEnLeg("escalatie-budget-fouten");
        browser.vulIn("budget-bedrag", "2450,00");
        browser.vulIn("budget-bestemming", "Huurachterstand");
        browser.druk("Maatwerkbudget aanvragen");
        browser.wachtOpTekst("Het maatwerkbudget is aangevraagd.");
        assertThat(browser.veld("budget-eigen-aanvraag").getText()).contains("€ 2.450,00",
                "wacht op goedkeuring door een ander lid van het doorbraakteam");
        assertThat(browser.veld("doorbraken").getText()).contains("€ 2.450,00 aangevraagd, wacht op goedkeuring");
        assertThat(browser.driver().findElements(By.id("budget-goedkeuren"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("budget-bedrag"))).isEmpty();
        browser.controleerEnLeg("escalatie-budget-aangevraagd");

        // A forged approval by the requester himself is refused by the four-eyes rule, and nothing changes.
        String doorbraakId = browser.veld("doorbraken")
                .findElement(By.xpath(".//tr[td[normalize-space()='Huurachterstand overnemen']]"))
                .getAttribute("data-doorbraak");
        ((JavascriptExecutor) browser.driver()).executeScript("""
                const form = document.createElement('form');
                form.method = 'post';
                form.action = arguments[0];
                const token = document.createElement('input');
                token.type = 'hidden';
                token.name = '_csrf';
                token.value = document.querySelector('meta[name=csrf-token]').content;
                form.appendChild(token);
                document.body.appendChild(form);
                form.submit();""", casus.pad() + "/doorbraken/" + doorbraakId + "/maatwerkbudget/goedkeuring");
        browser.wachtOpTekst("Niet uitgevoerd");
        assertThat(browser.tekst()).contains("Je hebt dit maatwerkbudget zelf aangevraagd; een ander lid van het "
                + "doorbraakteam keurt het goed of wijst het af.", "vier-ogen");
        assertThat(browser.veld("doorbraken").getText()).contains("€ 2.450,00 aangevraagd, wacht op goedkeuring");
        browser.controleerEnLeg("escalatie-budget-geweigerd");
        browser.uitloggen();

        // dana, a second member of the doorbraakteam, decides: a refusal needs a reason; she approves.
        browser.inloggen("dana");
        browser.open(casus.pad());
        browser.wachtOpTekst("Maatwerkbudget goedkeuren of afwijzen");
        assertThat(browser.veld("budget-goedkeuren").isDisplayed()).isTrue();
        assertThat(browser.tekst()).contains("dirk vraagt € 2.450,00 maatwerkbudget aan");
        browser.druk("Maatwerkbudget afwijzen");
        browser.wachtOpTekst("Controleer de invoer");
        assertThat(browser.foutmeldingen()).contains("Geef de reden waarom je het maatwerkbudget afwijst.");
        browser.controleerEnLeg("escalatie-budget-afwijzing-fouten");
        browser.druk("Maatwerkbudget goedkeuren");
        browser.wachtOpTekst("Het maatwerkbudget is goedgekeurd en toegekend.");
        assertThat(browser.veld("doorbraken").getText()).contains("€ 2.450,00");
        assertThat(browser.veld("doorbraken").getText()).doesNotContain("aangevraagd");
        assertThat(browser.driver().findElements(By.id("budget-bedrag"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("budget-goedkeuren"))).isEmpty();

        // A decision, then the casus goes back with the agreed plan.
        browser.druk("Besluit vastleggen");
        browser.wachtOpTekst("Controleer de invoer");
        assertThat(browser.foutmeldingen()).containsExactly("Beschrijf het besluit.");
        browser.controleerEnLeg("escalatie-besluit-fouten");
        browser.vulIn("besluit-besluit", "De gemeente neemt de huurachterstand over");
        browser.druk("Besluit vastleggen");
        browser.wachtOpTekst("Het besluit is vastgelegd.");
        browser.druk("Teruggeven aan casusregisseur");
        browser.wachtOpTekst("Controleer de invoer");
        assertThat(browser.foutmeldingen()).containsExactly("Geef het plan mee waarmee alle partijen akkoord zijn.");
        browser.controleerEnLeg("escalatie-teruggave-fouten");
        browser.vulIn("teruggave-afgesprokenPlan", "Gemeente neemt achterstand over, budgetbeheer start");
        browser.druk("Teruggeven aan casusregisseur");
        browser.wachtOpTekst("is met het afgesproken plan teruggegeven aan de casusregisseur");
        assertThat(browser.pad()).isEqualTo("/escalaties");
        browser.controleerEnLeg("escalatie-wachtrij-na-teruggave");
        browser.uitloggen();

        // Back with the casusregisseur's colleagues: no escalation runs any more.
        browser.inloggen("anna");
        browser.open("/huishoudens/" + casus.huishouden());
        assertThat(browser.veld("escalatie").getText()).isEqualTo("Geen");
    }

    private void beantwoord(String vraag, boolean ja, String motivering) {
        browser.vink("doorbraak-" + vraag + (ja ? "-ja" : "-nee"));
        browser.vulIn("doorbraak-" + vraag + "-motivering", motivering);
    }

    @Test
    void aProcesregisseurCannotOpenTheDoorbraakteamsDoorbraakPage() {
        browser.inloggen("petra");
        browser.open("/escalaties/hh-onbekend/casus-onbekend/doorbraak");
        assertThat(browser.kop()).isEqualTo("Geen toegang");
        browser.controleerEnLeg("escalatie-doorbraak-geen-toegang");
    }

    @Test
    void theDoorbraakteamEscalatesUnderTheAveAndKeepsCarryingTheEscalationAtTheNextLevel() {
        Casus casus = geescaleerdNaarProcesregisseur();
        ApiClient petra = new ApiClient(port, "petra");
        String api = "/api/huishoudens/" + casus.huishouden() + "/casussen/" + casus.casus();
        assertThat(petra.post(api + "/escalatie/oppakken", Map.of()).status()).isEqualTo(200);
        assertThat(petra.post(api + "/escalatie/doorbraakteam", Map.of("reden", "RISICO_ZORG_EN_VEILIGHEID",
                "toelichting", "Zorgen over de veiligheid van de kinderen")).status()).isEqualTo(200);

        browser.inloggen("dirk");
        wachtTotInEscalatiewachtrij(casus.huishouden());
        browser.open(casus.pad());
        browser.druk("Oppakken");
        browser.wachtOpTekst("Verder escaleren (AVE)");
        browser.druk("Verder escaleren");
        browser.wachtOpTekst("Controleer de invoer");
        browser.controleerEnLeg("escalatie-ave-fouten");
        browser.kies("ave-reden", "Risico voor zorg en veiligheid");
        browser.vulIn("ave-toelichting", "Veiligheid vraagt om het Zorg- en Veiligheidshuis.");
        browser.druk("Verder escaleren");
        browser.wachtOpPad("/escalaties");

        // the escalation now waits at the Zorg- en Veiligheidshuis, still in the doorbraakteam's queue
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).until(() -> {
            browser.open("/escalaties");
            return browser.driver().findElements(By.cssSelector("#escalaties tr[data-huishouden='"
                    + casus.huishouden() + "']")).stream()
                    .anyMatch(rij -> rij.getText().contains("Procesregisseur Zorg- en Veiligheidshuis"));
        });
        browser.open(casus.pad());
        assertThat(browser.veld("escalatie-niveau").getText()).isEqualTo("Procesregisseur Zorg- en Veiligheidshuis");
        browser.controleerEnLeg("escalatie-ave");
    }
}
