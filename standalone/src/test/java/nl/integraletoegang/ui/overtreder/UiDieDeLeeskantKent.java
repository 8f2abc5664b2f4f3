package nl.integraletoegang.ui.overtreder;

/** Breaks the web UI's room on purpose, for {@code ArchitectuurTest}: a page that reads a projection directly. */
public record UiDieDeLeeskantKent(nl.integraletoegang.query.huishouden.HuishoudenVersieProjection versies) {
}
