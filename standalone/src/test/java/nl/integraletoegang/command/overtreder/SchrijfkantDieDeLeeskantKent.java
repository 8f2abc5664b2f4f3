package nl.integraletoegang.command.overtreder;

/** Breaks the command side's room on purpose, for {@code ArchitectuurTest}. */
public record SchrijfkantDieDeLeeskantKent(nl.integraletoegang.query.QuerySideApplication leeskant) {
}
