package nl.integraletoegang.command;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The write side on its own: aggregates and the write API, against an external PostgreSQL or Axon Server. */
@SpringBootApplication(scanBasePackages = {"nl.integraletoegang.command", "nl.integraletoegang.platform"})
public class CommandSideApplication {

    public static final String CONFIG_NAME = "spring.config.name=command-side";

    public static void main(String[] args) {
        new SpringApplicationBuilder(CommandSideApplication.class).properties(CONFIG_NAME).run(args);
    }
}
