package nl.integraletoegang.api.historie;

/** Asks for the casussen of a household as the history knows them, newest first (for who may see the household). */
public record FindCasussenVanHuishouden(String huishoudenId) {
}
