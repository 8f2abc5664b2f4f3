package nl.integraletoegang.standalone.ui;

import nl.integraletoegang.standalone.StandaloneApplication;
import nl.integraletoegang.standalone.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
