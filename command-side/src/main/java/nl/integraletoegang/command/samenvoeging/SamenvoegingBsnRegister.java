package nl.integraletoegang.command.samenvoeging;

import nl.integraletoegang.api.casus.Persoon;
import nl.integraletoegang.api.samenvoeging.HuishoudenAbsorbed;
import nl.integraletoegang.command.bsn.BsnRegisterProjectie;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The BSN register when A absorbs B: B's members move to A with their claim, in A's transaction (the register's
 * subscribing group), so the BSN never belongs to two households with an open casus, not even between A's step and
 * B's completion. A member whose BSN A already has (the same person registered twice) stays A's one member.
 */
@Component
@ProcessingGroup(BsnRegisterProjectie.GROEP)
public class SamenvoegingBsnRegister {

    private final JdbcTemplate jdbc;

    SamenvoegingBsnRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    public void on(HuishoudenAbsorbed event) {
        for (Persoon lid : event.overdracht().leden()) {
            jdbc.update("""
                    UPDATE bsn_lid b SET huishouden_id = ?
                    WHERE b.huishouden_id = ? AND b.persoon_id = ? AND NOT EXISTS (
                        SELECT 1 FROM bsn_lid a WHERE a.huishouden_id = ? AND a.bsn_sleutel = b.bsn_sleutel)""",
                    event.huishoudenId(), event.bronHuishoudenId(), lid.persoonId(), event.huishoudenId());
            jdbc.update("DELETE FROM bsn_lid WHERE huishouden_id = ? AND persoon_id = ?",
                    event.bronHuishoudenId(), lid.persoonId());
            jdbc.update("""
                    UPDATE bsn_apart SET huishouden_id = ? WHERE huishouden_id = ? AND persoon_id = ? AND NOT EXISTS (
                        SELECT 1 FROM bsn_apart a WHERE a.huishouden_id = ? AND a.persoon_id = ?)""",
                    event.huishoudenId(), event.bronHuishoudenId(), lid.persoonId(), event.huishoudenId(),
                    lid.persoonId());
        }
    }
}
