package nl.integraletoegang.query.figuren;

import java.time.ZoneId;
import nl.integraletoegang.query.Tijdstippen;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the facts' stored periods in the zone the figures count in. They are written in the zone of
 * {@code figuur_kalender} (Europe/Amsterdam after the migration); when {@code integrale-toegang.figuren.tijdzone}
 * names another one, they are recomputed in it once, at start-up: before the processors run and before any figure is
 * asked; the counters of the counted groups are rebuilt with them. The row lock keeps two instances that start
 * together apart.
 */
@Component
class FigurenKalender {

    FigurenKalender(JdbcClient jdbc, PlatformTransactionManager transactionManager,
                    @Value("${integrale-toegang.figuren.tijdzone:" + Tijdstippen.TIJDZONE + "}") ZoneId tijdzone) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            String opgeslagen = jdbc.sql("SELECT tijdzone FROM figuur_kalender FOR UPDATE").query(String.class)
                    .single();
            if (!opgeslagen.equals(tijdzone.getId())) {
                jdbc.sql("SELECT figuur_perioden_en_tellers_herberekenen(:tijdzone)")
                        .param("tijdzone", tijdzone.getId())
                        .query((rs, row) -> row).list();
            }
        });
    }
}
