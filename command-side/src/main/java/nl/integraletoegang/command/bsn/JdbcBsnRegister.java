package nl.integraletoegang.command.bsn;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The register's questions, answered from its tables in the command's own transaction. */
@Component
class JdbcBsnRegister implements BsnRegister {

    private final JdbcTemplate jdbc;
    private final BsnSleutel sleutel;

    JdbcBsnRegister(JdbcTemplate jdbc, BsnSleutel sleutel) {
        this.jdbc = jdbc;
        this.sleutel = sleutel;
    }

    @Override
    public Optional<String> huishoudenMetOpenCasus(String bsn) {
        return eerste(jdbc.queryForList("SELECT huishouden_id FROM bsn_lid WHERE bsn_sleutel = ? AND claimt",
                String.class, (Object) sleutel.van(bsn)));
    }

    @Override
    public Optional<String> lidMetBsn(String huishoudenId, String bsn) {
        return eerste(jdbc.queryForList("SELECT persoon_id FROM bsn_lid WHERE bsn_sleutel = ? AND huishouden_id = ?",
                String.class, sleutel.van(bsn), huishoudenId));
    }

    @Override
    public Optional<String> anderHuishoudenMetBsnVanLeden(String huishoudenId) {
        return eerste(jdbc.queryForList("""
                SELECT ander.huishouden_id FROM bsn_lid lid
                JOIN bsn_lid ander ON ander.bsn_sleutel = lid.bsn_sleutel AND ander.claimt
                                  AND ander.huishouden_id <> lid.huishouden_id
                WHERE lid.huishouden_id = ? AND NOT lid.apart
                ORDER BY ander.huishouden_id LIMIT 1""", String.class, huishoudenId));
    }

    private static Optional<String> eerste(List<String> rijen) {
        return rijen.stream().findFirst();
    }
}
