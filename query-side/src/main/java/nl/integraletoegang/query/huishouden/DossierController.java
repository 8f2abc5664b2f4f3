package nl.integraletoegang.query.huishouden;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.integraletoegang.api.historie.CasusHistorie;
import nl.integraletoegang.api.historie.FindCasusHistorie;
import nl.integraletoegang.api.huishouden.HuishoudenOverzicht;
import nl.integraletoegang.api.veld.Identificatie;
import nl.integraletoegang.platform.security.Medewerker;
import nl.integraletoegang.api.medewerker.Rol;
import nl.integraletoegang.platform.security.Toegang;
import nl.integraletoegang.query.inzage.HuishoudenToegang;
import nl.integraletoegang.query.inzage.InzageLog;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import nl.integraletoegang.query.historie.CasusHistorieInzage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dossier export for a resident's right of access (AVG art. 15). It reads the household's events from the event
 * store (reading, never writing: the query side owns no events) from the first one, not from a snapshot, so nothing
 * recorded is left out. For auditors, who handle the request, and for access workers with need to know, who hand it
 * over; an export is a read like any other and is logged first, so the dossier also shows its own export.
 */
@RestController
@Tag(name = "Huishoudens", description = "1 huishouden, 1 plan, 1 regisseur")
class DossierController {

    /** Larger than any casus's history, so the export is whole rather than a page. */
    private static final int ALLE_REGELS = 1_000_000;

    private final EventStore eventStore;
    private final CasusHistorieInzage historie;
    private final HuishoudenOverzichtReader overzichten;
    private final HuishoudenToegang toegang;
    private final InzageLog inzageLog;
    private final JdbcClient jdbc;
    private final Clock clock;

    DossierController(EventStore eventStore, CasusHistorieInzage historie, HuishoudenOverzichtReader overzichten,
                      HuishoudenToegang toegang, InzageLog inzageLog, JdbcClient jdbc, Clock clock) {
        this.eventStore = eventStore;
        this.historie = historie;
        this.overzichten = overzichten;
        this.toegang = toegang;
        this.inzageLog = inzageLog;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @GetMapping("/api/huishoudens/{huishoudenId}/dossier")
    @Operation(summary = "Dossier van een huishouden (AVG art. 15)",
            description = "Alles wat de dienst over het huishouden bewaart, als JSON: de gebeurtenissen met tijdstip "
                    + "en actor, het overzicht, de historie van elke casus en het inzagelog. Voor auditors en voor "
                    + "toegangsmedewerkers die aan het huishouden werken; de export komt zelf in het inzagelog.")
    Dossier dossier(@PathVariable @Identificatie String huishoudenId, Authentication authentication) {
        Medewerker medewerker = Toegang.medewerker(authentication);
        boolean magExporteren = (medewerker.rol() == Rol.AUDITOR || medewerker.rol() == Rol.TOEGANGSMEDEWERKER)
                && toegang.magInzien(medewerker, huishoudenId);
        if (!magExporteren) {
            throw HuishoudenInzage.onbekend(huishoudenId);
        }
        List<Dossier.Gebeurtenis> gebeurtenissen = gebeurtenissen(huishoudenId);
        if (gebeurtenissen.isEmpty()) {
            throw HuishoudenInzage.onbekend(huishoudenId);
        }
        inzageLog.registreer(medewerker, huishoudenId, null);
        HuishoudenOverzicht overzicht = overzichten.read(huishoudenId).orElse(null);
        List<CasusHistorie> historieen = jdbc.sql("""
                        SELECT casus_id FROM casus_historie WHERE huishouden_id = :id
                        GROUP BY casus_id ORDER BY min(volgnummer)""")
                .param("id", huishoudenId).query(String.class).list().stream()
                .map(casusId -> historie.voorDossier(new FindCasusHistorie(casusId, null, false, 0, ALLE_REGELS)))
                .flatMap(Optional::stream)
                .toList();
        return new Dossier(huishoudenId, clock.instant(), gebeurtenissen, overzicht, historieen,
                inzageLog.zoek(huishoudenId, null, null, null, 0, Integer.MAX_VALUE).items());
    }

    private List<Dossier.Gebeurtenis> gebeurtenissen(String huishoudenId) {
        List<Dossier.Gebeurtenis> gebeurtenissen = new ArrayList<>();
        eventStore.readEvents(huishoudenId, 0L).forEachRemaining(event -> gebeurtenissen.add(gebeurtenis(event)));
        return gebeurtenissen;
    }

    private static Dossier.Gebeurtenis gebeurtenis(DomainEventMessage<?> event) {
        Map<String, Object> metadata = new TreeMap<>(event.getMetaData());
        return new Dossier.Gebeurtenis(event.getSequenceNumber(), event.getTimestamp(),
                event.getPayloadType().getSimpleName(), event.getPayload(), metadata);
    }
}
