package nl.integraletoegang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.integraletoegang.api.casus.CasusStatus;
import nl.integraletoegang.api.plan.ActieStatus;
import nl.integraletoegang.api.samenvoeging.SamenvoegingStatus;
import nl.integraletoegang.api.termijn.TermijnStatus;
import nl.integraletoegang.query.figuren.NalevingStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A read model's status column holds the name of a constant of its enum and nothing else: the contract's statuses
 * (and the figures' own {@link NalevingStatus}), written by the projections as {@code Enum.name()} and read back with
 * {@code valueOf}. Each column has a CHECK constraint that admits exactly its enum's names, so a projection that wrote
 * another word fails (into its dead-letter queue) instead of storing a value no reader understands; this test fails
 * when a constraint and its enum drift apart, or a new status column has no enum.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LeesmodelStatusTest {

    /** Every status column of the read models and the enum whose names it holds. */
    private static final Map<String, Class<? extends Enum<?>>> STATUSSEN = Map.of(
            "casus_overzicht", CasusStatus.class,
            "plan_actie_overzicht", ActieStatus.class,
            "termijn_overzicht", TermijnStatus.class,
            "werkvoorraad_termijn", TermijnStatus.class,
            "samenvoeging_overzicht", SamenvoegingStatus.class,
            "figuur_termijn", NalevingStatus.class);

    private static final Pattern LITERAL = Pattern.compile("'([^']*)'");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "statussen");
    }

    @Autowired
    JdbcClient jdbc;

    private static Set<String> namen(Class<? extends Enum<?>> soort) {
        return new TreeSet<>(Arrays.stream(soort.getEnumConstants()).map(Enum::name).toList());
    }

    @Test
    void everyStatusColumnAdmitsExactlyTheNamesOfItsEnum() {
        List<String> tabellen = jdbc.sql("""
                        SELECT table_name FROM information_schema.columns
                        WHERE table_schema = current_schema()
                          AND (column_name = 'status' OR column_name LIKE '%\\_status')
                        ORDER BY table_name""")
                .query(String.class).list();
        assertThat(tabellen).as("every status column is named in this test with its enum")
                .containsExactlyInAnyOrderElementsOf(STATUSSEN.keySet());

        STATUSSEN.forEach((tabel, soort) -> {
            List<String> controles = jdbc.sql("""
                            SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c
                            JOIN pg_class t ON t.oid = c.conrelid
                            WHERE t.relname = :tabel AND t.relnamespace = current_schema()::regnamespace
                              AND c.contype = 'c' AND pg_get_constraintdef(c.oid) LIKE '%status%'""")
                    .param("tabel", tabel).query(String.class).list();
            assertThat(controles).as(tabel + " has one CHECK on its status").hasSize(1);
            Set<String> toegelaten = new TreeSet<>();
            Matcher literal = LITERAL.matcher(controles.get(0));
            while (literal.find()) {
                toegelaten.add(literal.group(1));
            }
            assertThat(toegelaten).as(tabel + ".status admits the names of " + soort.getSimpleName())
                    .isEqualTo(namen(soort));
            assertThat(jdbc.sql("SELECT DISTINCT status FROM " + tabel).query(String.class).list())
                    .as(tabel + ".status holds").isSubsetOf(namen(soort));
        });
    }

    @Test
    void aStatusOutsideTheEnumIsRefusedAndOneOfItsNamesIsStored() {
        String casus = "status-test-casus";
        // the word the overview used for a closed casus before the contract named it AFGESLOTEN
        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO casus_overzicht (casus_id, huishouden_id, status, geopend_op)
                        VALUES (:casus, 'status-test', 'GESLOTEN', now())""").param("casus", casus).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("casus_overzicht_status");
        assertThat(jdbc.sql("""
                        INSERT INTO casus_overzicht (casus_id, huishouden_id, status, geopend_op)
                        VALUES (:casus, 'status-test', :status, now())""")
                .param("casus", casus).param("status", CasusStatus.AFGESLOTEN.name()).update()).isEqualTo(1);
        jdbc.sql("DELETE FROM casus_overzicht WHERE casus_id = :casus").param("casus", casus).update();
    }
}
