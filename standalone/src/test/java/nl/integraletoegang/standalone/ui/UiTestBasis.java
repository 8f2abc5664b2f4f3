package nl.integraletoegang.standalone.ui;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import nl.integraletoegang.standalone.StandaloneApplication;
import nl.integraletoegang.standalone.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The browser tests share one running application on one embedded PostgreSQL; each test gets its own browser. */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class UiTestBasis {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "ui");
    }

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void startBrowser() {
        browser = Browser.start(port);
    }

    /** The id of the open casus, read from the household page the browser shows. */
    String casusIdOpHuishoudpagina() {
        return browser.driver().findElement(By.xpath("//main//a[normalize-space()='Casushistorie']"))
                .getAttribute("href").replaceAll(".*/casussen/([^/]+)/historie$", "$1");
    }

    /** The escalation queue is its own read model: it may take a moment before an escalation reaches it. */
    void wachtTotInEscalatiewachtrij(String huishouden) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).until(() -> {
            browser.open("/escalaties");
            return !browser.driver().findElements(By.cssSelector("#escalaties tr[data-huishouden='" + huishouden
                    + "']")).isEmpty();
        });
    }

    @AfterEach
    void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }
}
