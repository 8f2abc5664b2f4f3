package nl.integraletoegang.query.brp;

import nl.integraletoegang.api.brp.AdresVraag;
import nl.integraletoegang.api.brp.BrpPersoon;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** No register connected (neither Haal Centraal nor the fictitious residents): every lookup says so. */
class GeenBevolkingsregister implements Bevolkingsregister {

    @Override
    public Optional<BrpPersoon> persoon(String bsn) {
        throw BrpNietBeschikbaarException.nietIngesteld();
    }

    @Override
    public List<BrpPersoon> bewoners(AdresVraag adres, LocalDate peildatum) {
        throw BrpNietBeschikbaarException.nietIngesteld();
    }

    @Override
    public boolean beschikbaar() {
        return false;
    }
}
