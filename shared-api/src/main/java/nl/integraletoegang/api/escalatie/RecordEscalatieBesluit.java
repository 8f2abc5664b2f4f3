package nl.integraletoegang.api.escalatie;

import nl.integraletoegang.api.casus.CasusCommand;
import nl.integraletoegang.api.privacy.PersonalData;
import nl.integraletoegang.api.veld.Identificatie;
import nl.integraletoegang.api.veld.VrijeTekst;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records a decision taken under the mandate of the current escalation level. */
public record RecordEscalatieBesluit(
        @Identificatie @TargetAggregateIdentifier String huishoudenId,
        @Identificatie String casusId,
        @VrijeTekst(max = VrijeTekst.MIDDEL) @PersonalData String besluit,
        @TargetAggregateVersion Long expectedVersion) implements CasusCommand {
}
