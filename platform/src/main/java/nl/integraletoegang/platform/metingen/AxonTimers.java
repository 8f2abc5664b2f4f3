package nl.integraletoegang.platform.metingen;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import java.util.Set;

/**
 * Axon's message timers (per bus and processor: {@code .allTimer}, {@code .successTimer}, {@code .failureTimer},
 * {@code .ignoredTimer}) keep count, total and maximum, without the six percentiles Axon computes in the process for
 * each of them. Computing those is a histogram update per message on every timer (1.5% of all CPU in the full-flow
 * benchmark, docs/benchmarks.md), and percentiles of separate instances cannot be combined anyway.
 */
public final class AxonTimers implements MeterFilter {

    private static final Set<String> ACHTERVOEGSELS = Set.of(".allTimer", ".successTimer", ".failureTimer",
            ".ignoredTimer");
    private static final DistributionStatisticConfig ZONDER_PERCENTIELEN =
            DistributionStatisticConfig.builder().percentiles(new double[0]).build();

    @Override
    public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
        return id.getType() == Meter.Type.TIMER && isAxonTimer(id.getName())
                ? ZONDER_PERCENTIELEN.merge(config) : config;
    }

    private static boolean isAxonTimer(String naam) {
        int punt = naam.lastIndexOf('.');
        return punt > 0 && ACHTERVOEGSELS.contains(naam.substring(punt));
    }
}
