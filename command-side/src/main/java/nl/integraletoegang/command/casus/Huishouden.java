package nl.integraletoegang.command.casus;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import nl.integraletoegang.api.casus.CasusOpened;
import nl.integraletoegang.api.casus.MeldingRegistered;
import nl.integraletoegang.api.casus.MeldingRegistration;
import nl.integraletoegang.api.casus.RegisterMelding;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A household and its one open casus: the consistency boundary of "1 huishouden, 1 plan, 1 regisseur".
 *
 * <p>The household comes into being with its first melding. A melding for a household without an open casus
 * opens one; a melding for a household with an open casus joins it as a new hulpvraag, so a household never has
 * two open casussen. Read models, work lists and figures follow asynchronously on the query side.
 */
@Aggregate
class Huishouden {

    @AggregateIdentifier
    private String huishoudenId;

    @AggregateMember
    private Casus openCasus;

    Huishouden() {
        // for Axon: created empty, then built up from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    MeldingRegistration handle(RegisterMelding command) {
        boolean opening = openCasus == null;
        if (opening) {
            apply(new CasusOpened(command.huishoudenId(), command.casusIdIfOpened(), command.wijk()));
        }
        apply(new MeldingRegistered(command.huishoudenId(), openCasus.casusId(), command.hulpvraagId(),
                command.kanaal(), command.team(), command.levensdomeinen(), command.omschrijving(), command.dreigingen(),
                command.wijk()));
        return new MeldingRegistration(huishoudenId, openCasus.casusId(), command.hulpvraagId(), opening);
    }

    @EventSourcingHandler
    void on(CasusOpened event) {
        huishoudenId = event.huishoudenId();
        openCasus = new Casus(event.casusId());
    }
}
