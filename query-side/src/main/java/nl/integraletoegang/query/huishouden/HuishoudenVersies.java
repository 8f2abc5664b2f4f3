package nl.integraletoegang.query.huishouden;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes how far a projection has read each household into one of its version tables ({@code huishouden_versie},
 * {@code toegang_versie}): once per household and batch, just before the batch's transaction commits, instead of
 * once per event. Every event of a batch raised the same row before; the two tables took 11% of all statements in
 * the full flow (docs/benchmarks.md). The highest version wins, as an older batch retried late must not lower it.
 */
public final class HuishoudenVersies {

    private final JdbcClient jdbc;
    private final String tabel;
    private final String resource;
    private final String upsert;

    /** {@code tabel} is one of the two version tables (a constant, never input). */
    public HuishoudenVersies(JdbcClient jdbc, String tabel) {
        this.jdbc = jdbc;
        this.tabel = tabel;
        this.resource = HuishoudenVersies.class.getName() + "." + tabel;
        this.upsert = """
                INSERT INTO %1$s (huishouden_id, versie)
                SELECT * FROM unnest(:huishoudens::varchar[], :versies::bigint[])
                ON CONFLICT (huishouden_id) DO UPDATE SET versie = GREATEST(%1$s.versie, excluded.versie)"""
                .formatted(tabel);
    }

    /** The projection has read the household up to this version, in the current batch if there is one. */
    public void gelezen(String huishoudenId, long versie) {
        if (!CurrentUnitOfWork.isStarted()) {
            schrijf(Map.of(huishoudenId, versie));
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        batch.<Map<String, Long>>getOrComputeResource(resource, sleutel -> {
            // sorted, so two batches that share households lock their rows in the same order
            Map<String, Long> versies = new TreeMap<>();
            batch.onPrepareCommit(unitOfWork -> schrijf(versies));
            return versies;
        }).merge(huishoudenId, versie, Math::max);
    }

    private void schrijf(Map<String, Long> versies) {
        if (versies.isEmpty()) {
            return;
        }
        jdbc.sql(upsert)
                .param("huishoudens", versies.keySet().toArray(String[]::new))
                .param("versies", versies.values().toArray(Long[]::new))
                .update();
    }

    /** Forgets every version, for a rebuild of the projection. */
    public void leeg() {
        jdbc.sql("TRUNCATE " + tabel).update();
    }

    /** The household's version as far as the projection has read it. */
    public Optional<Long> versie(String huishoudenId) {
        return jdbc.sql("SELECT versie FROM " + tabel + " WHERE huishouden_id = :id")
                .param("id", huishoudenId).query(Long.class).optional();
    }
}
