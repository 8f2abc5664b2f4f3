package nl.integraletoegang.api.escalatie;

/** One of the three doorbraak questions: the answer and its motivation. */
public record Pijler(
        boolean ja,
        String motivering) {
}
