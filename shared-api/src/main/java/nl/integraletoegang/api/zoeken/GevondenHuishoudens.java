package nl.integraletoegang.api.zoeken;

import java.util.List;

/** A page of households found, best match first. */
public record GevondenHuishoudens(List<GevondenHuishouden> items, int page, int size, long total) {

    public GevondenHuishoudens {
        items = List.copyOf(items);
    }
}
