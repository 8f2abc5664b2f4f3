package nl.integraletoegang.query;

import nl.integraletoegang.platform.invoer.OngeldigeParameterException;

/**
 * The paging parameters of the read API, checked before a query is sent. Pages count from 0; a page holds
 * at most {@value #MAX_SIZE} items so that no request can ask for a whole table.
 */
public record Paginering(int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final String DEFAULT_SIZE = "20";

    public static Paginering of(int page, int size) {
        if (page < 0) {
            throw new OngeldigeParameterException("page", "De parameter page telt vanaf 0 en kan niet negatief zijn.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new OngeldigeParameterException("size",
                    "De parameter size moet tussen 1 en " + MAX_SIZE + " liggen; gevraagd was " + size + ".");
        }
        return new Paginering(page, size);
    }
}
