package nl.integraletoegang.query.werkvoorraad;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** Conversions between the read-model columns and Java values that the work-list projections share. */
final class Rijen {

    static final String PROCESSING_GROUP = "werkvoorraad";

    private Rijen() {
    }

    static String[] namen(Collection<? extends Enum<?>> waarden) {
        return waarden == null ? new String[0] : waarden.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    static <E extends Enum<E>> Set<E> enums(Array array, Class<E> soort) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(naam -> Enum.valueOf(soort, naam))
                .collect(Collectors.toSet());
    }
}
