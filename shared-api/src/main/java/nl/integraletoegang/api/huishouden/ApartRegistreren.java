package nl.integraletoegang.api.huishouden;

import nl.integraletoegang.api.veld.VrijeTekst;

/**
 * The worker's explicit choice to register a melding for a new household although a person it names is a member of
 * a household with an open casus, and why (e.g. "vrouwenopvang: adres en huishouden gescheiden houden").
 */
public record ApartRegistreren(@VrijeTekst String reden) {
}
