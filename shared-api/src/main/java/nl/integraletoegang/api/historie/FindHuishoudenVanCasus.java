package nl.integraletoegang.api.historie;

/**
 * Asks which household a casus belongs to: answered only to an asker who may see that household, empty otherwise
 * (an unknown casus and one outside the need to know look the same). Ids only, nothing personal.
 */
public record FindHuishoudenVanCasus(String casusId) {
}
