package nl.integraletoegang.command.termijn;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.integraletoegang.api.termijn.LaatsteDag;

/**
 * Computes when a termijn expires and when to warn, in calendar days, weeks or working days, on the Dutch
 * calendar. A termijn in days or weeks whose last day falls on a Saturday, Sunday or public holiday runs on to the
 * next working day (Algemene termijnenwet art. 1). The day of the start itself is not counted. The last day is computed
 * here and nowhere else; when the clock expires follows from it ({@link LaatsteDag#vervaltOp}).
 */
public class TermijnKalender {

    private final TermijnProperties properties;

    public TermijnKalender(TermijnProperties properties) {
        this.properties = properties;
    }

    public boolean kent(String regime) {
        return regime != null && properties.regimes().containsKey(regime);
    }

    /** The clock of a regime started at {@code start}; {@code spoed} picks the urgent variant where there is one. */
    public Termijn bereken(String regime, Instant start, boolean spoed) {
        RegimeRegel regel = regel(regime);
        boolean spoedVariant = spoed && regel.heeftSpoedVariant();
        LocalDate startdag = dag(start);
        LocalDate laatsteDag = spoedVariant
                ? laatsteDag(startdag, regel.spoedAantal(), regel.spoedEenheid())
                : laatsteDag(startdag, regel.aantal(), regel.eenheid());
        return termijn(regel, laatsteDag, start, spoedVariant);
    }

    /**
     * The clock of a regime resumed at {@code hervatOp} after it was suspended at {@code opgeschortOp}: it keeps
     * the time that was left then, counted in the unit of the variant that runs ({@code spoed} picks the urgent one
     * where there is one). Calendar days and weeks add the days of the suspension; working days count the working
     * days that were left after the day of the suspension on from the day of the resumption, so weekends and holidays
     * in between are not counted twice. {@code laatsteDag} is its last day so far.
     */
    public Termijn hervat(String regime, boolean spoed, Instant opgeschortOp, LocalDate laatsteDag,
                          Instant hervatOp) {
        RegimeRegel regel = regel(regime);
        boolean spoedVariant = spoed && regel.heeftSpoedVariant();
        Eenheid eenheid = spoedVariant ? regel.spoedEenheid() : regel.eenheid();
        LocalDate opgeschort = dag(opgeschortOp);
        LocalDate hervat = dag(hervatOp);
        LocalDate nieuweLaatsteDag;
        if (eenheid == Eenheid.WERKDAGEN) {
            nieuweLaatsteDag = naarWerkdag(plusWerkdagen(hervat, werkdagenTussen(opgeschort, laatsteDag)));
        } else {
            nieuweLaatsteDag = naarWerkdag(laatsteDag.plusDays(ChronoUnit.DAYS.between(opgeschort, hervat)));
        }
        return termijn(regel, nieuweLaatsteDag, hervatOp, spoedVariant);
    }

    private Termijn termijn(RegimeRegel regel, LocalDate laatsteDag, Instant nu, boolean spoed) {
        Instant vervaltOp = LaatsteDag.vervaltOp(laatsteDag, properties.tijdzone());
        Instant waarschuwingOp = beginVan(minWerkdagen(laatsteDag, regel.waarschuwingWerkdagen()));
        if (waarschuwingOp.isBefore(nu)) {
            waarschuwingOp = nu;
        }
        return new Termijn(laatsteDag, vervaltOp, waarschuwingOp, spoed);
    }

    private RegimeRegel regel(String regime) {
        RegimeRegel regel = properties.regimes().get(regime);
        if (regel == null) {
            throw new IllegalArgumentException("Unknown termijn regime " + regime);
        }
        return regel;
    }

    private static LocalDate laatsteDag(LocalDate startdag, int aantal, Eenheid eenheid) {
        return switch (eenheid) {
            case DAGEN -> naarWerkdag(startdag.plusDays(aantal));
            case WEKEN -> naarWerkdag(startdag.plusWeeks(aantal));
            case WERKDAGEN -> plusWerkdagen(startdag, aantal);
        };
    }

    private static LocalDate naarWerkdag(LocalDate dag) {
        LocalDate werkdag = dag;
        while (!Feestdagen.isWerkdag(werkdag)) {
            werkdag = werkdag.plusDays(1);
        }
        return werkdag;
    }

    private static LocalDate plusWerkdagen(LocalDate dag, long aantal) {
        return verschuifWerkdagen(dag, aantal, 1);
    }

    private static LocalDate minWerkdagen(LocalDate dag, long aantal) {
        return verschuifWerkdagen(dag, aantal, -1);
    }

    private static LocalDate verschuifWerkdagen(LocalDate dag, long aantal, int richting) {
        LocalDate resultaat = dag;
        for (long geteld = 0; geteld < aantal; ) {
            resultaat = resultaat.plusDays(richting);
            if (Feestdagen.isWerkdag(resultaat)) {
                geteld++;
            }
        }
        return resultaat;
    }

    /** Working days after {@code van} up to and including {@code tot}. */
    private static long werkdagenTussen(LocalDate van, LocalDate tot) {
        if (!tot.isAfter(van)) {
            return 0;
        }
        return van.datesUntil(tot.plusDays(1)).skip(1).filter(Feestdagen::isWerkdag).count();
    }

    /** The municipality's calendar day of this moment (a registration's date). */
    public LocalDate dagVan(Instant moment) {
        return dag(moment);
    }

    private LocalDate dag(Instant moment) {
        return LocalDate.ofInstant(moment, properties.tijdzone());
    }

    private Instant beginVan(LocalDate dag) {
        return dag.atStartOfDay(properties.tijdzone()).toInstant();
    }
}
