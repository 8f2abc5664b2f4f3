package nl.integraletoegang.query.overtreder;

/** Breaks the query side's room on purpose, for {@code ArchitectuurTest}. */
public record LeeskantDieDeSchrijfkantKent(nl.integraletoegang.command.CommandSideApplication schrijfkant) {
}
