package nl.integraletoegang.command.bsn;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import nl.integraletoegang.api.casus.CasusClosed;
import nl.integraletoegang.api.casus.CasusOpened;
import nl.integraletoegang.api.casus.CasusReopened;
import nl.integraletoegang.api.casus.LidRegistered;
import nl.integraletoegang.api.huishouden.HuishoudenRegisteredApart;
import nl.integraletoegang.api.huishouden.LidJoined;
import nl.integraletoegang.api.huishouden.LidLeft;
import nl.integraletoegang.api.privacy.PersoonsgegevensGewist;
import nl.integraletoegang.api.samenvoeging.HuishoudenAbsorbed;
import nl.integraletoegang.command.samenvoeging.SamenvoegingBsnRegister;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the BSN register from the event store when it is not complete: on a database that had events before the
 * register existed, or after an operator reset it ({@code DELETE FROM bsn_register_stand}, then restart one command
 * side). The rebuild holds an exclusive lock on the register's tables in one transaction, so a command that wants to
 * claim a BSN meanwhile waits for it, and a second command side starting at the same time finds the register
 * complete. Old history may break the rule (it did not exist then): such members are recorded without a claim.
 */
@Component
public class BsnRegisterOpbouw {

    private static final Logger log = LoggerFactory.getLogger(BsnRegisterOpbouw.class);

    private final JdbcTemplate jdbc;
    private final EventStore eventStore;
    private final BsnRegisterProjectie projectie;
    private final SamenvoegingBsnRegister samenvoegingen;
    private final TransactionTemplate transaction;

    BsnRegisterOpbouw(JdbcTemplate jdbc, EventStore eventStore, BsnRegisterProjectie projectie,
                      SamenvoegingBsnRegister samenvoegingen, PlatformTransactionManager transactions) {
        this.samenvoegingen = samenvoegingen;
        this.jdbc = jdbc;
        this.eventStore = eventStore;
        this.projectie = projectie;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Rebuilds the register unless it is complete; also for an operator (or test) after a reset. */
    @EventListener(ApplicationStartedEvent.class)
    public void bouwOpAlsDatNodigIs() {
        if (isOpgebouwd()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            jdbc.execute("LOCK TABLE bsn_register_stand, bsn_lid, bsn_huishouden, bsn_apart IN EXCLUSIVE MODE");
            if (isOpgebouwd()) {
                return;
            }
            Instant start = Instant.now();
            jdbc.execute("TRUNCATE bsn_lid, bsn_huishouden, bsn_apart");
            long events = speelAf();
            jdbc.update("INSERT INTO bsn_register_stand (id, opgebouwd_op, events) VALUES (1, now(), ?)", events);
            log.info("BSN register rebuilt from {} events in {} ms", events,
                    Duration.between(start, Instant.now()).toMillis());
        });
    }

    private boolean isOpgebouwd() {
        return !jdbc.queryForList("SELECT 1 FROM bsn_register_stand", Integer.class).isEmpty();
    }

    private long speelAf() {
        TrackingToken kop = eventStore.createHeadToken();
        if (kop == null) {
            return 0;
        }
        long gelezen = 0;
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (stream.hasNextAvailable(10, TimeUnit.SECONDS)) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                gelezen++;
                verwerk(event);
                if (event.trackingToken().covers(kop)) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Rebuilding the BSN register was interrupted", e);
        }
        return gelezen;
    }

    private void verwerk(TrackedEventMessage<?> event) {
        Class<?> type = event.getPayloadType();
        // only these types are read (and decrypted); every other event passes by its type name alone
        if (type == CasusOpened.class) {
            projectie.open(((CasusOpened) event.getPayload()).huishoudenId(), false);
        } else if (type == CasusReopened.class) {
            projectie.open(((CasusReopened) event.getPayload()).huishoudenId(), false);
        } else if (type == CasusClosed.class) {
            projectie.on((CasusClosed) event.getPayload());
        } else if (type == HuishoudenRegisteredApart.class) {
            projectie.on((HuishoudenRegisteredApart) event.getPayload());
        } else if (type == LidRegistered.class) {
            LidRegistered lid = (LidRegistered) event.getPayload();
            projectie.lid(lid.huishoudenId(), lid.persoonId(), lid.bsn(), false);
        } else if (type == LidJoined.class) {
            LidJoined lid = (LidJoined) event.getPayload();
            projectie.lid(lid.huishoudenId(), lid.persoonId(), lid.bsn(), false);
        } else if (type == LidLeft.class) {
            projectie.on((LidLeft) event.getPayload());
        } else if (type == PersoonsgegevensGewist.class) {
            projectie.on((PersoonsgegevensGewist) event.getPayload());
        } else if (type == HuishoudenAbsorbed.class) {
            samenvoegingen.on((HuishoudenAbsorbed) event.getPayload());
        }
    }
}
