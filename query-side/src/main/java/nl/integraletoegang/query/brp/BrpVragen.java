package nl.integraletoegang.query.brp;

import java.util.ArrayList;
import java.util.List;
import nl.integraletoegang.api.brp.BrpAntwoord;
import nl.integraletoegang.api.brp.BrpPersoon;
import nl.integraletoegang.api.brp.FindBrpBeschikbaar;
import nl.integraletoegang.api.brp.FindInBrp;
import nl.integraletoegang.platform.invoer.GeenToegangException;
import nl.integraletoegang.platform.vrager.Vrager;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * The population register for every client of the query bus (the melding form of the web UI): the same lookups as
 * the API's ({@link BrpOpzoeking}: only access workers, every lookup in the access log first), for the asker that
 * travels with the query. A register that cannot answer is an answer too, with its Dutch explanation.
 */
@Component
class BrpVragen {

    private final BrpOpzoeking opzoeking;

    BrpVragen(BrpOpzoeking opzoeking) {
        this.opzoeking = opzoeking;
    }

    @QueryHandler
    Boolean handle(FindBrpBeschikbaar query) {
        return opzoeking.beschikbaar();
    }

    /** Who lives at the address, then the person with the BSN when not among them. */
    @QueryHandler
    BrpAntwoord handle(FindInBrp query, MetaData metaData) {
        Vrager vrager = Vrager.uit(metaData)
                .orElseThrow(() -> new GeenToegangException("Opzoeken in de BRP kan alleen als ingelogde medewerker."));
        try {
            List<BrpPersoon> gevonden = new ArrayList<>();
            if (query.adres() != null) {
                gevonden.addAll(opzoeking.bewoners(vrager, query.adres(), query.peildatum()));
            }
            if (query.bsn() != null && gevonden.stream().noneMatch(persoon -> persoon.bsn().equals(query.bsn()))) {
                opzoeking.persoon(vrager, query.bsn()).ifPresent(gevonden::add);
            }
            return new BrpAntwoord(gevonden, null);
        } catch (BrpNietBeschikbaarException nietBeschikbaar) {
            return new BrpAntwoord(List.of(), nietBeschikbaar.uitleg());
        }
    }
}
