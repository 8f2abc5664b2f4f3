package nl.integraletoegang.ui.beheer;

import nl.integraletoegang.api.beheer.Projectiebeheer;

/**
 * How far the rebuild of one projection is, in words for the progress region: started, busy with how many of the
 * store's events, or caught up. While it is {@code bezig} the page keeps asking.
 */
record Herbouw(String naam, boolean bezig, String tekst) {

    static Herbouw gestart(String naam) {
        return new Herbouw(naam, true, "Het opnieuw opbouwen van " + naam + " is gestart…");
    }

    static Herbouw van(Projectiebeheer.Stand stand, long kop) {
        if (!stand.herbouwt() && stand.achterstand() == 0) {
            return new Herbouw(stand.naam(), false,
                    stand.naam() + " is opnieuw opgebouwd: alle events zijn verwerkt.");
        }
        long totaal = Math.max(kop, 1);
        long verwerkt = Math.max(0, Math.min(totaal, kop - stand.achterstand()));
        return new Herbouw(stand.naam(), true, "Bezig met opnieuw opbouwen van %s: %d van %d events verwerkt (%d%%)."
                .formatted(stand.naam(), verwerkt, kop, verwerkt * 100 / totaal));
    }
}
