package nl.integraletoegang.command.overtreder;

import nl.integraletoegang.command.huishouden.overtreder.OpenbaarAggregaatdeel;

/** Breaks the household aggregate's room on purpose, for {@code ArchitectuurTest}: reaches into it from outside. */
public record KentHetAggregaatVanBinnen(OpenbaarAggregaatdeel deel) {
}
