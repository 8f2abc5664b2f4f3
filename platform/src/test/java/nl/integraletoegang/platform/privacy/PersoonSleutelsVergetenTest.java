package nl.integraletoegang.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A key destroyed by another process (the command side, seen from a query side of its own) is still kept in this
 * process's memory until it is forgotten; after that the table's destruction is what a reader finds.
 */
class PersoonSleutelsVergetenTest {

    private final JdbcClient jdbc = mock(JdbcClient.class, RETURNS_DEEP_STUBS);
    private final PersoonSleutels sleutels = new PersoonSleutels(jdbc, "", 10);

    @SuppressWarnings("unchecked")
    private void tabelGeeft(Optional<byte[]> sleutel) {
        when(jdbc.sql(startsWith("SELECT sleutel")).param(anyString(), any()).query(any(RowMapper.class)).optional())
                .thenReturn(Optional.of(sleutel));
    }

    @Test
    void aKeyDestroyedElsewhereIsNoLongerUsedOnceForgotten() {
        byte[] sleutel = AesGcm.nieuweSleutel();
        tabelGeeft(Optional.of(sleutel));
        assertThat(sleutels.voorOntsleutelen("p-1")).contains(sleutel);

        // the command side destroys it in the table; this process still holds it
        tabelGeeft(Optional.empty());
        when(jdbc.sql(startsWith("SELECT count(*)")).param(anyString(), any()).query(Long.class).single())
                .thenReturn(1L);
        assertThat(sleutels.voorOntsleutelen("p-1")).contains(sleutel);

        sleutels.vergeet("p-1");
        assertThat(sleutels.voorOntsleutelen("p-1")).isEmpty();
    }
}
