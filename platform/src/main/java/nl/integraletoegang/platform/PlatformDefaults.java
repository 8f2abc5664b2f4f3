package nl.integraletoegang.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds the settings that the modules on the class path contribute (serializers, processors, security defaults)
 * with the lowest precedence, so each application file or environment variable can still override them. Each
 * module ships its own file under {@code META-INF/integrale-toegang/}: a process gets the defaults of exactly
 * the modules it contains. Also
 * switches off Axon's update checker before anything can start it: these processes never call out.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String UPDATE_CHECKER_DISABLED = "axoniq.update-checker.disabled";
    private static final String DEFAULTS = "classpath*:META-INF/integrale-toegang/*.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (System.getProperty(UPDATE_CHECKER_DISABLED) == null) {
            System.setProperty(UPDATE_CHECKER_DISABLED, "true");
        }
        try {
            Resource[] defaults = new PathMatchingResourcePatternResolver().getResources(DEFAULTS);
            Arrays.sort(defaults, Comparator.comparing(Resource::getFilename));
            for (Resource resource : defaults) {
                environment.getPropertySources().addLast(new ResourcePropertySource(resource));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
