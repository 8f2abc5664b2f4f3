package nl.integraletoegang.api.escalatie;

import nl.integraletoegang.api.veld.VrijeTekst;

/** One of the three doorbraak questions: the answer and its motivation. */
public record Pijler(
        boolean ja,
        @VrijeTekst(max = VrijeTekst.MIDDEL) String motivering) {
}
