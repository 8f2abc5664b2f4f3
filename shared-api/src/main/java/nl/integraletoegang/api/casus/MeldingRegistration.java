package nl.integraletoegang.api.casus;

/**
 * The answer to {@link RegisterMelding}: where the hulpvraag went, whether a casus was opened for it, the clock it
 * started (if any) and the household's version after it.
 */
public record MeldingRegistration(String huishoudenId, String casusId, String hulpvraagId, boolean casusOpened,
                                  String termijnId, long versie) {
}
