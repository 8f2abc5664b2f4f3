package nl.integraletoegang.command.termijn;

/** How a termijn is counted: calendar days, whole weeks, or working days (no weekends, no public holidays). */
public enum Eenheid { DAGEN, WEKEN, WERKDAGEN }
