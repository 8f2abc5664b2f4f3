package nl.integraletoegang.api.beheer;

import java.util.List;

/** Every projection's state, and the position of the newest event in the store. */
public record Projectiestanden(List<Projectiebeheer.Stand> standen, long kop) {

    public Projectiestanden {
        standen = List.copyOf(standen);
    }
}
