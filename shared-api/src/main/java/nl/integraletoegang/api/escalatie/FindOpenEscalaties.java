package nl.integraletoegang.api.escalatie;

import nl.integraletoegang.api.werkvoorraad.Volgorde;

/**
 * Asks for one page of the escalations that have not been handed back, optionally only those at one level and only
 * those (not) yet taken up; {@code null} means no filter.
 */
public record FindOpenEscalaties(EscalatieNiveau niveau, Boolean opgepakt, int page, int size, Volgorde volgorde) {
}
