package nl.integraletoegang.api.werkvoorraad;

import java.util.List;

/** One page of a team's expiring termijnen; {@code total} counts all of them. */
public record AflopendeTermijnenPagina(List<AflopendeTermijn> items, int page, int size, long total) {

    public AflopendeTermijnenPagina {
        items = List.copyOf(items);
    }
}
