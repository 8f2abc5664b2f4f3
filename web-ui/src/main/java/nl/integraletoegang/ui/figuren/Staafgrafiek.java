package nl.integraletoegang.ui.figuren;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart, laid out on the server for an inline SVG: the page only places what is computed here, so
 * it needs no script and no inline style (the Content-Security-Policy forbids both). Bars come in groups (a period,
 * a team) with a label each; with more than one series a legend says which colour is which. Every bar carries its
 * number as text, so the chart does not depend on colour or length alone; the table under it has the same numbers.
 */
public record Staafgrafiek(String id, String titel, int breedte, int hoogte, List<Legenda> legenda,
                           List<Kop> koppen, List<Balk> balken) {

    /** Room right of the longest bar for its value written out ("minder dan een uur", "12,5 dagen"). */
    static final int BREEDTE = 760;
    private static final int LABELS = 250;
    private static final int RUIMTE = 290;
    private static final int RIJ = 26;
    private static final int BALK = 18;
    private static final int KOP = 26;
    private static final int MARGE = 6;

    public Staafgrafiek {
        legenda = List.copyOf(legenda);
        koppen = List.copyOf(koppen);
        balken = List.copyOf(balken);
    }

    /** One series: its name and the CSS class that colours it. */
    public record Reeks(String naam, String klasse) {
    }

    /** A value to draw; {@code tekst} is how the number is written next to the bar. */
    public record Staaf(String label, double waarde, String tekst, Reeks reeks) {
    }

    public record Groep(String label, List<Staaf> staven) {
        public Groep {
            staven = List.copyOf(staven);
        }
    }

    public record Legenda(String naam, String klasse, int x, int y, int tekstX, int tekstY) {
    }

    public record Kop(String tekst, int x, int y) {
    }

    public record Balk(String label, int labelX, int tekstY, int x, int y, int breedte, int hoogte, String klasse,
                      String waarde, int waardeX) {
    }

    /** Lays out the groups; a group without a label puts its bars straight under the previous ones. */
    static Staafgrafiek van(String id, String titel, List<Reeks> reeksen, List<Groep> groepen) {
        double grootste = groepen.stream().flatMap(g -> g.staven().stream()).mapToDouble(Staaf::waarde)
                .max().orElse(0);
        double schaal = grootste <= 0 ? 0 : RUIMTE / grootste;
        List<Legenda> legenda = new ArrayList<>();
        int y = MARGE;
        if (reeksen.size() > 1) {
            int x = LABELS;
            for (Reeks reeks : reeksen) {
                legenda.add(new Legenda(reeks.naam(), reeks.klasse(), x, y + 4, x + 20, y + 17));
                x += 24 + reeks.naam().length() * 8;
            }
            y += KOP;
        }
        List<Kop> koppen = new ArrayList<>();
        List<Balk> balken = new ArrayList<>();
        for (Groep groep : groepen) {
            if (groep.label() != null) {
                koppen.add(new Kop(groep.label(), MARGE, y + 18));
                y += KOP;
            }
            for (Staaf staaf : groep.staven()) {
                int lengte = (int) Math.round(Math.max(0, staaf.waarde()) * schaal);
                int balkY = y + (RIJ - BALK) / 2;
                balken.add(new Balk(staaf.label(), LABELS - 8, balkY + 14, LABELS, balkY, lengte, BALK,
                        staaf.reeks().klasse(), staaf.tekst(), LABELS + lengte + 6));
                y += RIJ;
            }
        }
        return new Staafgrafiek(id, titel, BREEDTE, y + MARGE, legenda, koppen, balken);
    }
}
