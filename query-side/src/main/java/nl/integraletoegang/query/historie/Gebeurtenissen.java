package nl.integraletoegang.query.historie;

import java.util.stream.Collectors;
import nl.integraletoegang.api.casus.CasusEvent;
import nl.integraletoegang.api.casus.CasusOpened;
import nl.integraletoegang.api.casus.MeldingRegistered;
import org.springframework.stereotype.Component;

/**
 * Names and describes events in the words of the domain for the audit history. Descriptions say what changed
 * without repeating personal data: the history is read by auditors, the dossier itself holds the details.
 */
@Component
class Gebeurtenissen {

    record Beschrijving(String naam, String omschrijving) {
    }

    Beschrijving beschrijf(CasusEvent event) {
        if (event instanceof CasusOpened) {
            return new Beschrijving("Casus geopend", "Het huishouden had geen open casus; deze casus is geopend.");
        }
        if (event instanceof MeldingRegistered melding) {
            return new Beschrijving("Melding geregistreerd", "Hulpvraag via %s bij team %s, levensdomeinen: %s."
                    .formatted(melding.kanaal(), melding.team() == null ? "onbekend" : melding.team(),
                            melding.levensdomeinen().stream().map(Enum::name).sorted()
                                    .collect(Collectors.joining(", "))));
        }
        return new Beschrijving(event.getClass().getSimpleName(), "");
    }
}
