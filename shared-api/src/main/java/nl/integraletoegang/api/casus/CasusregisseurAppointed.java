package nl.integraletoegang.api.casus;

import org.axonframework.serialization.Revision;

/** The casus got its one casusregisseur: the worker of the team that handles the heaviest question. */
@Revision("1")
public record CasusregisseurAppointed(
        String huishoudenId,
        String casusId,
        Casusregisseur regisseur) implements CasusEvent {
}
