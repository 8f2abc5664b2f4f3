package nl.integraletoegang.api.privacy;

import org.axonframework.serialization.Revision;

/**
 * The personal data of a subject of the household was erased: its key is destroyed, so its fields in every event
 * read as {@link Gewist#PLAATSHOUDER}. The reason says why (e.g. the end of the retention period) and holds no
 * personal data itself.
 */
@Revision("1")
public record PersoonsgegevensGewist(
        String huishoudenId,
        String subjectId,
        String reden) {
}
