package nl.integraletoegang.api.escalatie;

import java.util.List;

/** One page of the escalation queue; {@code total} counts every escalation that matches the filters. */
public record OpenEscalatiesPagina(List<OpenEscalatie> items, int page, int size, long total) {

    public OpenEscalatiesPagina {
        items = List.copyOf(items);
    }
}
