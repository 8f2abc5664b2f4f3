package nl.integraletoegang.command.termijn;

import java.time.ZoneId;
import java.util.Map;
import nl.integraletoegang.api.tijd.Tijdzone;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The termijnen the service watches, keyed by regime. The legal limits of DESIGN §3 are the defaults
 * ({@code command.properties}); a municipality adds its own service norms (e.g. triage within 5 working days) or
 * tightens a limit by setting {@code integrale-toegang.termijnen.regimes.<REGIME>.*}.
 *
 * @param regimes the rules per regime
 * @param tijdzone the zone in which a day starts and ends for the law; the municipality's ({@link Tijdzone#NEDERLAND})
 *                 unless set
 */
@ConfigurationProperties("integrale-toegang.termijnen")
public record TermijnProperties(Map<String, RegimeRegel> regimes, ZoneId tijdzone) {

    public TermijnProperties {
        regimes = regimes == null ? Map.of() : Map.copyOf(regimes);
        tijdzone = tijdzone == null ? Tijdzone.NEDERLAND : tijdzone;
    }
}
