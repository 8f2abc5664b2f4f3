package nl.integraletoegang.query.verdeling;

import java.util.List;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The projections' tokens as the token store holds them, for every segment whichever instance claims it: how far a
 * projection has read is the same question, with the same answer, on every query-side instance. Read without
 * claiming (the token store's own fetch would claim).
 */
@Component
public class ProjectieTokens {

    private final JdbcClient jdbc;
    private final Serializer serializer;

    ProjectieTokens(DataSource dataSource, Serializer serializer) {
        this.jdbc = JdbcClient.create(dataSource);
        this.serializer = serializer;
    }

    /** One segment of a projection: how far it has read ({@code -1}: nothing yet) and who claims it. */
    public record SegmentStand(int segment, long positie, String eigenaar) {
    }

    public List<SegmentStand> segmenten(String processor) {
        return jdbc.sql("SELECT segment, token, tokentype, owner FROM tokenentry WHERE processorname = :processor "
                        + "ORDER BY segment")
                .param("processor", processor)
                .query((rs, row) -> new SegmentStand(rs.getInt("segment"),
                        positie(rs.getBytes("token"), rs.getString("tokentype")), rs.getString("owner")))
                .list();
    }

    /** The position of the segment that has read least, or empty when the projection has no tokens yet. */
    public OptionalLong langzaamste(String processor) {
        return segmenten(processor).stream().mapToLong(SegmentStand::positie).min();
    }

    private long positie(byte[] token, String type) {
        if (token == null || type == null) {
            return -1;
        }
        TrackingToken trackingToken = serializer.deserialize(
                new SimpleSerializedObject<>(token, byte[].class, type, null));
        return trackingToken == null ? -1 : trackingToken.position().orElse(-1);
    }
}
