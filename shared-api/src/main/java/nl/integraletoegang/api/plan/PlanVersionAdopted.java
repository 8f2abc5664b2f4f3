package nl.integraletoegang.api.plan;

import java.util.List;
import nl.integraletoegang.api.casus.CasusEvent;
import org.axonframework.serialization.Revision;

/** A version of the plan was adopted; {@code vervangtVersie} is the version it supersedes (absent for the first). */
@Revision("1")
public record PlanVersionAdopted(
        String huishoudenId,
        String casusId,
        int versie,
        Integer vervangtVersie,
        List<Doel> doelen,
        List<Actie> acties) implements CasusEvent {
}
