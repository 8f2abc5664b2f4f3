package nl.integraletoegang.query;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The read side on its own: projections tail the event store into read models and serve the read API. */
@SpringBootApplication(scanBasePackages = {"nl.integraletoegang.query", "nl.integraletoegang.platform"})
public class QuerySideApplication {

    public static final String CONFIG_NAME = "spring.config.name=query-side";

    public static void main(String[] args) {
        new SpringApplicationBuilder(QuerySideApplication.class).properties(CONFIG_NAME).run(args);
    }
}
