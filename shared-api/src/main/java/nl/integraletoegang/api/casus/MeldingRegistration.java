package nl.integraletoegang.api.casus;

/** The answer to {@link RegisterMelding}: where the hulpvraag went and whether a casus was opened for it. */
public record MeldingRegistration(String huishoudenId, String casusId, String hulpvraagId, boolean casusOpened) {
}
