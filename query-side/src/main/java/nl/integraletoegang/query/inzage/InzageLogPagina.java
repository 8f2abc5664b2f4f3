package nl.integraletoegang.query.inzage;

import java.util.List;

/** A page of the access log, newest first, shaped like every other list of the read API. */
public record InzageLogPagina(List<InzageRegel> items, int page, int size, long total) {

    public InzageLogPagina {
        items = List.copyOf(items);
    }
}
