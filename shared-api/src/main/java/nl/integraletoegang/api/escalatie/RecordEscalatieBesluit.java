package nl.integraletoegang.api.escalatie;

import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records a decision taken under the mandate of the current escalation level. */
public record RecordEscalatieBesluit(
        @TargetAggregateIdentifier String huishoudenId,
        String casusId,
        @PersonalData String besluit,
        @TargetAggregateVersion Long expectedVersion) {
}
