package nl.integraletoegang.api.beheer;

/** Asks for the beheerder's overview: the projections, their blocked households and the latest skips. */
public record FindProjectiebeheer(int overslagen) {
}
