package nl.integraletoegang.api.casus;

import java.util.Map;
import nl.integraletoegang.api.veld.Identificatie;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Closes the casus once everything is arranged: every plan action done or cancelled, an outcome for every hulpvraag. */
public record CloseCasus(
        @Identificatie @TargetAggregateIdentifier String huishoudenId,
        @Identificatie String casusId,
        Map<@Identificatie String, Uitkomst> uitkomsten,
        @TargetAggregateVersion Long expectedVersion) implements CasusCommand {

    public CloseCasus {
        uitkomsten = uitkomsten == null ? Map.of() : Map.copyOf(uitkomsten);
    }
}
