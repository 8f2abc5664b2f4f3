package nl.integraletoegang.platform.overtreder;

/** Breaks the platform's room on purpose, for {@code ArchitectuurTest}. */
public record PlatformDatDeSchrijfkantKent(nl.integraletoegang.command.CommandSideApplication schrijfkant) {
}
