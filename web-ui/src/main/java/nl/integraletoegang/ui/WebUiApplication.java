package nl.integraletoegang.ui;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The web UI on its own (the distributed set-up): the pages, reading through the query bus and writing through the
 * command bus, both over Axon Server; it keeps no data of its own and needs no database.
 */
@SpringBootApplication(scanBasePackages = {"nl.integraletoegang.ui", "nl.integraletoegang.platform"})
public class WebUiApplication {

    public static final String CONFIG_NAME = "spring.config.name=web-ui";

    public static void main(String[] args) {
        new SpringApplicationBuilder(WebUiApplication.class).properties(CONFIG_NAME).run(args);
    }
}
