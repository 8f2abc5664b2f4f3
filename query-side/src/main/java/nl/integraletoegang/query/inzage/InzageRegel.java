package nl.integraletoegang.query.inzage;

import java.time.Instant;

/**
 * One read of a household's personal data: who (with role and team), what, when, through which endpoint. A lookup
 * that belongs to no household yet (in the BRP) has no {@code huishoudenId} but names its kind in {@code opzoeking}.
 */
public record InzageRegel(long id, Instant tijdstip, String gebruiker, String rol, String team, String huishoudenId,
                          String casusId, String endpoint, String correlatieId, String opzoeking) {
}
