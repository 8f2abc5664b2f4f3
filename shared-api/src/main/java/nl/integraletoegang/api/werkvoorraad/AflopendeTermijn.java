package nl.integraletoegang.api.werkvoorraad;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A running or expired termijn of a hulpvraag at the team. {@code laatsteDag} is the last day on which the work is
 * on time; {@code dagenResterend} counts from today to that day (0: today is the last day, negative: expired). The
 * household is shown by its label, the id is for links.
 */
public record AflopendeTermijn(String termijnId, String hulpvraagId, String casusId, String huishoudenId,
                               String label,
                               String regime, boolean spoed, Instant vervaltOp, LocalDate laatsteDag,
                               long dagenResterend, boolean gewaarschuwd, boolean verlopen) {
}
