package nl.integraletoegang.command.huishouden.overtreder;

/** Breaks the household aggregate's room on purpose, for {@code ArchitectuurTest}: a public part of it. */
public record OpenbaarAggregaatdeel(String casusId) {
}
