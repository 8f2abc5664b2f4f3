package nl.integraletoegang.command.bsn;

import static nl.integraletoegang.command.error.DomainRuleViolation.refused;

import nl.integraletoegang.api.casus.Bsn;
import nl.integraletoegang.api.casus.CasusClosed;
import nl.integraletoegang.api.casus.CasusOpened;
import nl.integraletoegang.api.casus.CasusReopened;
import nl.integraletoegang.api.casus.LidRegistered;
import nl.integraletoegang.api.huishouden.BsnRegel;
import nl.integraletoegang.api.huishouden.HuishoudenRegisteredApart;
import nl.integraletoegang.api.huishouden.LidJoined;
import nl.integraletoegang.api.huishouden.LidLeft;
import nl.integraletoegang.api.privacy.PersoonsgegevensGewist;
import nl.integraletoegang.command.error.DomainRuleViolation;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the BSN register as the household's events are appended: a subscribing handler (see
 * {@link BsnRegisterConfiguration}) runs while the command's unit of work prepares its commit, in the same database
 * transaction, and its failures propagate. So when two doors register the same BSN at the same moment, the second
 * insert waits for the first transaction and then finds the BSN claimed: its command is refused with
 * {@value BsnRegel#BSN_IN_OPEN_CASUS} and nothing of it is stored.
 *
 * <p>A member claims their BSN while the household has an open casus, unless registered apart. Closing a casus
 * releases the household's BSNs, reopening (or a new casus) claims them again; leaving and erasure forget the member.
 * In {@linkplain #BsnRegisterProjectie(JdbcTemplate, BsnSleutel, PlatformTransactionManager) rebuild mode} (not
 * strict) conflicts in old history are recorded without claim instead of refused.
 */
@Component
@ProcessingGroup(BsnRegisterProjectie.GROEP)
public class BsnRegisterProjectie {

    public static final String GROEP = "bsn-register";

    private final JdbcTemplate jdbc;
    private final BsnSleutel sleutel;
    private final TransactionTemplate savepoint;

    BsnRegisterProjectie(JdbcTemplate jdbc, BsnSleutel sleutel, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.sleutel = sleutel;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @EventHandler
    void on(CasusOpened event) {
        open(event.huishoudenId(), true);
    }

    @EventHandler
    void on(CasusReopened event) {
        open(event.huishoudenId(), true);
    }

    @EventHandler
    void on(CasusClosed event) {
        jdbc.update("""
                INSERT INTO bsn_huishouden (huishouden_id, open_casus) VALUES (?, FALSE)
                ON CONFLICT (huishouden_id) DO UPDATE SET open_casus = FALSE""", event.huishoudenId());
        jdbc.update("UPDATE bsn_lid SET claimt = FALSE WHERE huishouden_id = ? AND claimt", event.huishoudenId());
    }

    @EventHandler
    void on(HuishoudenRegisteredApart event) {
        for (String persoonId : event.persoonIds()) {
            jdbc.update("INSERT INTO bsn_apart (huishouden_id, persoon_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    event.huishoudenId(), persoonId);
        }
    }

    @EventHandler
    void on(LidRegistered event) {
        lid(event.huishoudenId(), event.persoonId(), event.bsn(), true);
    }

    @EventHandler
    void on(LidJoined event) {
        lid(event.huishoudenId(), event.persoonId(), event.bsn(), true);
    }

    @EventHandler
    void on(LidLeft event) {
        forget(event.huishoudenId(), event.persoonId());
    }

    @EventHandler
    void on(PersoonsgegevensGewist event) {
        forget(event.huishoudenId(), event.subjectId());
    }

    /** A household's casus opened (or reopened): its members claim their BSNs. */
    public void open(String huishoudenId, boolean strikt) {
        jdbc.update("""
                INSERT INTO bsn_huishouden (huishouden_id, open_casus) VALUES (?, TRUE)
                ON CONFLICT (huishouden_id) DO UPDATE SET open_casus = TRUE""", huishoudenId);
        if (!strikt) {
            jdbc.update("""
                    UPDATE bsn_lid lid SET claimt = TRUE
                    WHERE huishouden_id = ? AND NOT apart AND NOT claimt AND NOT EXISTS (
                        SELECT 1 FROM bsn_lid ander WHERE ander.bsn_sleutel = lid.bsn_sleutel AND ander.claimt)""",
                    huishoudenId);
            return;
        }
        try {
            // a savepoint: after a violated index the transaction can still ask who holds the BSN
            savepoint.executeWithoutResult(status -> jdbc.update(
                    "UPDATE bsn_lid SET claimt = TRUE WHERE huishouden_id = ? AND NOT apart AND NOT claimt",
                    huishoudenId));
        } catch (DuplicateKeyException e) {
            throw bsnInOpenCasus(jdbc.queryForList("""
                    SELECT ander.huishouden_id FROM bsn_lid lid
                    JOIN bsn_lid ander ON ander.bsn_sleutel = lid.bsn_sleutel AND ander.claimt
                                      AND ander.huishouden_id <> lid.huishouden_id
                    WHERE lid.huishouden_id = ? AND NOT lid.apart
                    ORDER BY ander.huishouden_id LIMIT 1""", String.class, huishoudenId)
                    .stream().findFirst().orElse(null));
        }
    }

    /** A member with a BSN joined: they claim it if the household has an open casus and they are not apart. */
    public void lid(String huishoudenId, String persoonId, String bsn, boolean strikt) {
        if (!Bsn.isValid(bsn)) {
            // no BSN, or erased before this event was read back
            return;
        }
        byte[] bsnSleutel = sleutel.van(bsn);
        // one statement: the unique indexes decide, waiting for a concurrent transaction that holds the same BSN
        int toegevoegd = jdbc.update("""
                INSERT INTO bsn_lid (huishouden_id, persoon_id, bsn_sleutel, apart, claimt)
                SELECT ?, ?, ?, a.apart, NOT a.apart AND COALESCE(
                    (SELECT open_casus FROM bsn_huishouden WHERE huishouden_id = ?), FALSE)
                FROM (SELECT EXISTS (SELECT 1 FROM bsn_apart WHERE huishouden_id = ? AND persoon_id = ?) AS apart) a
                ON CONFLICT DO NOTHING""",
                huishoudenId, persoonId, bsnSleutel, huishoudenId, huishoudenId, persoonId);
        if (toegevoegd == 1) {
            return;
        }
        if (!jdbc.queryForList("SELECT 1 FROM bsn_lid WHERE huishouden_id = ? AND persoon_id = ?", Integer.class,
                huishoudenId, persoonId).isEmpty()) {
            // the same member again (a rejoin keeps their row; a rebuild meets it twice)
            return;
        }
        if (!jdbc.queryForList("SELECT 1 FROM bsn_lid WHERE huishouden_id = ? AND bsn_sleutel = ?", Integer.class,
                huishoudenId, bsnSleutel).isEmpty()) {
            if (strikt) {
                throw refused(BsnRegel.BSN_AL_LID, "Iemand met dit BSN is al lid van dit huishouden.");
            }
            return;
        }
        String houder = jdbc.queryForList("SELECT huishouden_id FROM bsn_lid WHERE bsn_sleutel = ? AND claimt",
                String.class, (Object) bsnSleutel).stream().findFirst().orElse(null);
        if (strikt) {
            throw bsnInOpenCasus(houder);
        }
        // old history broke the rule before it existed: the member is recorded without a claim
        jdbc.update("""
                INSERT INTO bsn_lid (huishouden_id, persoon_id, bsn_sleutel, apart, claimt)
                VALUES (?, ?, ?, FALSE, FALSE) ON CONFLICT DO NOTHING""", huishoudenId, persoonId, bsnSleutel);
    }

    void forget(String huishoudenId, String persoonId) {
        jdbc.update("DELETE FROM bsn_lid WHERE huishouden_id = ? AND persoon_id = ?", huishoudenId, persoonId);
        jdbc.update("DELETE FROM bsn_apart WHERE huishouden_id = ? AND persoon_id = ?", huishoudenId, persoonId);
    }

    /** The refusal that names the household holding the BSN, never the BSN or a name. */
    public static DomainRuleViolation bsnInOpenCasus(String houder) {
        return refused(BsnRegel.BSN_IN_OPEN_CASUS, "Iemand in deze melding is al lid van "
                + (houder == null ? "een ander huishouden" : "huishouden " + houder) + " met een open casus. "
                + "Registreer de melding bij dat huishouden, of registreer apart met een reden.")
                .with("huishoudenId", houder);
    }
}
