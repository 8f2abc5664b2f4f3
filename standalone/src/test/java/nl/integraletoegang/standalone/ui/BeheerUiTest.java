package nl.integraletoegang.standalone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The beheerder rebuilds a projection and follows its progress until it has caught up. */
class BeheerUiTest extends UiTestBasis {

    @Test
    void aBeheerderRebuildsAProjectionAndSeesItsProgressAndCompletion() {
        browser.inloggen("bea");
        assertThat(browser.pad()).isEqualTo("/beheer");
        assertThat(browser.driver().findElements(By.cssSelector("#projecties-tabel tbody tr[data-projectie]")))
                .hasSizeGreaterThanOrEqualTo(5);
        assertThat(browser.tekst()).contains("casushistorie", "huishoudenoverzicht", "Dead letters");
        browser.controleerEnLeg("beheer");

        browser.driver().findElement(By.cssSelector("tr[data-projectie='casushistorie'] button")).click();
        // the progress region announces the start, then the progress, then that the projection has caught up
        browser.wachtOpTekst("Het opnieuw opbouwen van casushistorie is gestart");
        assertThat(browser.veld("herbouw-voortgang").getAttribute("aria-live")).isEqualTo("polite");
        assertThat(browser.pad()).isEqualTo("/beheer");
        browser.controleerEnLeg("beheer-herbouw-gestart");
        browser.wachtOpTekst("casushistorie is opnieuw opgebouwd: alle events zijn verwerkt.");
        assertThat(browser.driver().findElement(By.id("herbouw-poller")).getAttribute("hx-trigger")).isNull();
        assertThat(browser.driver().findElement(By.cssSelector("tr[data-projectie='casushistorie']")).getText())
                .contains("Actief");
        browser.controleerEnLeg("beheer-herbouw-klaar");

        // without script: the plain form posts, and the page shows the state after the redirect
        browser.open("/beheer?herbouw=casushistorie");
        assertThat(browser.tekst()).contains("casushistorie is opnieuw opgebouwd");
    }

    @Test
    void anUnknownProjectionIsNotFound() {
        browser.inloggen("bea");
        browser.open("/beheer?herbouw=bestaat-niet");
        assertThat(browser.kop()).isEqualTo("Niet gevonden");
        browser.controleerEnLeg("beheer-onbekend");
    }
}
