package nl.integraletoegang.api.brp;

/** Asks whether a population register is connected, so a form offers the lookup only when it can work. */
public record FindBrpBeschikbaar() {
}
