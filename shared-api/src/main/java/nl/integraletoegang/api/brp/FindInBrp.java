package nl.integraletoegang.api.brp;

import java.time.LocalDate;

/**
 * Asks the population register who lives at an address on a date, and/or who has a BSN, to prefill the members of a
 * melding. The terms are checked before they are sent ({@code BrpParameters}); at least one of them is present.
 *
 * @param adres the address (normalised), or {@code null}
 * @param bsn a BSN that passed the elfproef, or {@code null}
 * @param peildatum the date for the address lookup
 */
public record FindInBrp(AdresVraag adres, String bsn, LocalDate peildatum) {
}
