package nl.integraletoegang.api.escalatie;

import java.time.Duration;
import java.time.Instant;
import nl.integraletoegang.api.privacy.PersonalData;

/**
 * An escalation waiting at, or being handled by, its current level. Its age counts from the escalation to that
 * level ({@code geescaleerdOp}), not from the start of the trajectory ({@code trajectGestartOp}).
 */
public record OpenEscalatie(String escalatieId, String casusId, String huishoudenId, String label,
                            EscalatieNiveau niveau,
                            EscalatieReden reden, @PersonalData String toelichting, Instant trajectGestartOp,
                            Instant geescaleerdOp, Duration leeftijd, long leeftijdInDagen, boolean opgepakt,
                            String opgepaktDoor, Instant opgepaktOp) {
}
