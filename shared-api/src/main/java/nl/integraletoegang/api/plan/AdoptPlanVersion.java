package nl.integraletoegang.api.plan;

import jakarta.validation.Valid;
import java.util.List;
import nl.integraletoegang.api.casus.CasusCommand;
import nl.integraletoegang.api.veld.Identificatie;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Adopts (vaststellen) a new version of the casus's one plan; it supersedes the previous version, whose history is kept. */
public record AdoptPlanVersion(
        @Identificatie @TargetAggregateIdentifier String huishoudenId,
        @Identificatie String casusId,
        @Valid List<Doel> doelen,
        @Valid List<Actie> acties,
        @TargetAggregateVersion Long expectedVersion) implements CasusCommand {

    public AdoptPlanVersion {
        doelen = doelen == null ? List.of() : List.copyOf(doelen);
        acties = acties == null ? List.of() : List.copyOf(acties);
    }
}
