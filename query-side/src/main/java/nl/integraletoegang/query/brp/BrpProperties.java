package nl.integraletoegang.query.brp;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the population register comes from. The Haal Centraal BRP APIs are off unless switched on with their base
 * URL(s) and API key; without them the fictitious residents serve if switched on (the standalone version does),
 * otherwise there is no lookup.
 *
 * @param haalCentraal      the Haal Centraal BRP APIs (Personen bevragen 2.x, Bewoning 2.x)
 * @param fictieveBewoners  the file of fictitious residents in Deventer
 */
@ConfigurationProperties("integrale-toegang.brp")
public record BrpProperties(@DefaultValue HaalCentraal haalCentraal, @DefaultValue FictieveBewoners fictieveBewoners) {

    /**
     * @param enabled        whether to ask the real register
     * @param basisUrl       the base of Personen bevragen: requests go to {@code POST {basisUrl}/personen}
     * @param bewoningUrl    the base of Bewoning ({@code POST {bewoningUrl}/bewoningen}), for lookups on an earlier
     *                       date; without it only today's residents can be looked up
     * @param apiKey         sent as {@code X-API-KEY}
     * @param connectTimeout how long to wait for a connection
     * @param readTimeout    how long to wait for an answer
     */
    public record HaalCentraal(@DefaultValue("false") boolean enabled, URI basisUrl, URI bewoningUrl, String apiKey,
                               @DefaultValue("2s") Duration connectTimeout, @DefaultValue("5s") Duration readTimeout) {

        @Override
        public String toString() {
            // the API key is a secret: never in a log line or an actuator page
            return "HaalCentraal[enabled=%s, basisUrl=%s, bewoningUrl=%s, apiKey=%s]"
                    .formatted(enabled, basisUrl, bewoningUrl, apiKey == null ? "geen" : "******");
        }
    }

    /** @param enabled whether the fictitious residents answer when Haal Centraal is off */
    public record FictieveBewoners(@DefaultValue("false") boolean enabled) {
    }
}
