package nl.integraletoegang.api.werkvoorraad;

import java.util.List;

/** One page of a team's hulpvragen waiting for triage; {@code total} counts all of them. */
public record TeTriagerenPagina(List<TeTriageren> items, int page, int size, long total) {

    public TeTriagerenPagina {
        items = List.copyOf(items);
    }
}
