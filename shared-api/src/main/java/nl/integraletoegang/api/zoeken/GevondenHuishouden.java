package nl.integraletoegang.api.zoeken;

import java.util.List;
import java.util.Set;

/**
 * Just enough to recognise a household, and no more: its label, its members' initials and birth years, whether it
 * has an open casus and the team of that casus's regisseur. {@code redenen} says why it matched (empty for a search).
 */
public record GevondenHuishouden(
        String huishoudenId,
        String label,
        List<Lid> leden,
        boolean openCasus,
        String regisseurTeam,
        Set<Overeenkomst> redenen) {

    public GevondenHuishouden {
        leden = List.copyOf(leden);
        redenen = Set.copyOf(redenen);
    }

    /** A member as a search shows them: initials and birth year only. */
    public record Lid(String initialen, Integer geboortejaar) {
    }
}
