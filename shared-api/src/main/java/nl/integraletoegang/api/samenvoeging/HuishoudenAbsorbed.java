package nl.integraletoegang.api.samenvoeging;

import nl.integraletoegang.api.casus.CasusEvent;
import org.axonframework.serialization.Revision;

/**
 * Household {@code huishoudenId} (A) took in what {@code bronHuishoudenId} (B) handed over: B's hulpvragen, members,
 * running termijnen (clocks unchanged) and open plan actions continue in A's casus {@code casusId}. A's regisseur
 * stays. A moved hulpvraag is not a new melding.
 */
@Revision("1")
public record HuishoudenAbsorbed(
        String huishoudenId,
        String casusId,
        String samenvoegingId,
        String bronHuishoudenId,
        String bronCasusId,
        Overdracht overdracht) implements CasusEvent {
}
