package nl.integraletoegang.command.generator;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled whether the generator (and its endpoint for beheerders) exists in this process; off by default
 * @param threads how many households are generated at the same time
 */
@ConfigurationProperties("integrale-toegang.generator")
record GeneratorProperties(boolean enabled, int threads) {

    GeneratorProperties {
        threads = threads <= 0 ? 4 : threads;
    }
}
