package nl.integraletoegang.query.versheid;

import nl.integraletoegang.api.privacy.PersoonsgegevensGewist;
import nl.integraletoegang.platform.privacy.PersoonSleutels;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * A query side of its own keeps the keys it read in memory, and is not told when the command side destroys one: when
 * the erasure's event arrives it forgets the subject's key, so a projection that reads an earlier event of that person
 * later (a rebuild) finds the key destroyed instead of decrypting with the kept one. In one process the destruction
 * itself already evicted it. Handled with the household overview.
 */
@Component
@ProcessingGroup("huishoudenoverzicht")
class VernietigdeSleutels {

    private final PersoonSleutels sleutels;

    VernietigdeSleutels(PersoonSleutels sleutels) {
        this.sleutels = sleutels;
    }

    @EventHandler
    void on(PersoonsgegevensGewist event) {
        sleutels.vergeet(event.subjectId());
    }
}
