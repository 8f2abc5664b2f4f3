package nl.integraletoegang.query.brp;

import nl.integraletoegang.platform.invoer.BrpParameters;
import nl.integraletoegang.api.brp.AdresVraag;
import nl.integraletoegang.api.brp.BrpPersoon;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.integraletoegang.platform.vrager.Vrager;
import nl.integraletoegang.platform.web.CorrelationIdFilter;
import org.slf4j.MDC;
import nl.integraletoegang.api.medewerker.Rol;
import nl.integraletoegang.platform.security.Medewerker;
import nl.integraletoegang.platform.invoer.GeenToegangException;
import nl.integraletoegang.query.inzage.InzageLog;
import org.springframework.stereotype.Component;

/**
 * A lookup in the population register by a toegangsmedewerker, for the API and the melding form alike: only access
 * workers look people up, and every lookup is written to the access log (who, when, which kind) before the register
 * is asked, so no answer leaves unrecorded. The BSN or address asked for is not in the log.
 */
@Component
public class BrpOpzoeking {

    /** The kinds of lookup as the access log names them. */
    public static final String PERSOON_OP_BSN = "BRP_PERSOON_OP_BSN";
    public static final String BEWONERS_OP_ADRES = "BRP_BEWONERS_OP_ADRES";

    private final Bevolkingsregister register;
    private final InzageLog inzageLog;

    BrpOpzoeking(Bevolkingsregister register, InzageLog inzageLog) {
        this.register = register;
        this.inzageLog = inzageLog;
    }

    public boolean beschikbaar() {
        return register.beschikbaar();
    }

    /** @param bsn a BSN checked by {@link BrpParameters#bsn} */
    public Optional<BrpPersoon> persoon(Medewerker medewerker, String bsn) {
        return persoon(new Vrager(medewerker, Vrager.huidigEndpoint(), MDC.get(CorrelationIdFilter.MDC_KEY)), bsn);
    }

    /** A lookup by the asker of a query, logged with the endpoint and correlation id that travelled with it. */
    public Optional<BrpPersoon> persoon(Vrager vrager, String bsn) {
        magOpzoeken(vrager.medewerker());
        inzageLog.registreerOpzoeking(vrager, PERSOON_OP_BSN);
        return register.persoon(bsn);
    }

    /** @param peildatum a date checked by {@link BrpParameters#peildatum} */
    public List<BrpPersoon> bewoners(Medewerker medewerker, AdresVraag adres, LocalDate peildatum) {
        return bewoners(new Vrager(medewerker, Vrager.huidigEndpoint(), MDC.get(CorrelationIdFilter.MDC_KEY)), adres,
                peildatum);
    }

    /** A lookup by the asker of a query, logged with the endpoint and correlation id that travelled with it. */
    public List<BrpPersoon> bewoners(Vrager vrager, AdresVraag adres, LocalDate peildatum) {
        magOpzoeken(vrager.medewerker());
        inzageLog.registreerOpzoeking(vrager, BEWONERS_OP_ADRES);
        return register.bewoners(adres, peildatum);
    }

    private static void magOpzoeken(Medewerker medewerker) {
        if (medewerker.rol() != Rol.TOEGANGSMEDEWERKER) {
            throw new GeenToegangException("Opzoeken in de BRP is voor toegangsmedewerkers.");
        }
    }
}
