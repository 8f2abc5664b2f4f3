package nl.integraletoegang.api.werkvoorraad;

import java.util.List;

/** One page of a worker's open casussen; {@code total} counts all of them. */
public record CasussenPagina(List<CasusVanMedewerker> items, int page, int size, long total) {

    public CasussenPagina {
        items = List.copyOf(items);
    }
}
