package nl.integraletoegang.api.figuren;

/** The length of the periods management figures are grouped by; a week starts on Monday (ISO). */
public enum Periodesoort {
    WEEK,
    MAAND,
    KWARTAAL
}
