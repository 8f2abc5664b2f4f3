package nl.integraletoegang.api.plan;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Adopts (vaststellen) a new version of the casus's one plan; it supersedes the previous version, whose history is kept. */
public record AdoptPlanVersion(
        @TargetAggregateIdentifier String huishoudenId,
        String casusId,
        List<Doel> doelen,
        List<Actie> acties,
        @TargetAggregateVersion Long expectedVersion) {

    public AdoptPlanVersion {
        doelen = doelen == null ? List.of() : List.copyOf(doelen);
        acties = acties == null ? List.of() : List.copyOf(acties);
    }
}
