package nl.integraletoegang.api.huishouden;

/** Asks for the overview of one household: its open casus and the hulpvragen in it. */
public record FindHuishoudenOverzicht(String huishoudenId) {
}
