package nl.integraletoegang.ui.escalatie;

import java.util.Arrays;
import java.util.List;
import nl.integraletoegang.api.audit.Identiteit;
import nl.integraletoegang.api.escalatie.EscalatieNiveau;
import nl.integraletoegang.api.huishouden.HuishoudenOverzicht;
import nl.integraletoegang.platform.security.Medewerker;
import nl.integraletoegang.api.medewerker.Rol;
import nl.integraletoegang.platform.security.Toegang;

/**
 * Which forms the escalation page offers a worker, from their role and the escalation's state. This only spares the
 * worker forms that cannot succeed; the command side decides, and its refusal is shown when it says no.
 *
 * @param opMijnNiveau the escalation waits at (or is handled by) a level whose queue the worker sees
 * @param budgetVoor   the oldest approved doorbraak of this trajectory without maatwerkbudget or a request for it
 * @param beoordelen   the oldest doorbraak whose requested budget another member asked for: the worker may approve
 *                     or refuse it (four eyes; the requester gets no such buttons)
 * @param eigenAanvraag the oldest doorbraak whose requested budget the worker asked for themselves, waiting for
 *                     another member
 * @param aveNiveaus   the AVE levels above the current one, the next rung first (none: no further escalation)
 */
record Mogelijkheden(boolean opMijnNiveau, boolean oppakken, boolean besluiten, boolean naarDoorbraakteam,
                     boolean doorbraak, HuishoudenOverzicht.Doorbraak budgetVoor,
                     HuishoudenOverzicht.Doorbraak beoordelen, HuishoudenOverzicht.Doorbraak eigenAanvraag,
                     List<EscalatieNiveau> aveNiveaus) {

    static Mogelijkheden voor(Medewerker medewerker, HuishoudenOverzicht.Escalatie escalatie) {
        EscalatieNiveau niveau = escalatie.niveau();
        boolean opMijnNiveau = Toegang.zichtbareNiveaus(medewerker).contains(niveau);
        boolean opgepakt = escalatie.opgepaktDoor() != null;
        boolean bezig = opMijnNiveau && opgepakt;
        boolean doorbraakteam = medewerker.rol() == Rol.DOORBRAAKTEAM;
        List<HuishoudenOverzicht.Doorbraak> zonderBudget = !(bezig && doorbraakteam) ? List.of()
                : escalatie.doorbraken().stream()
                        .filter(doorbraak -> doorbraak.goedgekeurd() && doorbraak.budget() == null)
                        .toList();
        HuishoudenOverzicht.Doorbraak budgetVoor = zonderBudget.stream()
                .filter(doorbraak -> doorbraak.aangevraagdBudget() == null).findFirst().orElse(null);
        HuishoudenOverzicht.Doorbraak beoordelen = zonderBudget.stream()
                .filter(doorbraak -> doorbraak.aangevraagdBudget() != null
                        && !Identiteit.dezelfde(doorbraak.budgetAanvrager(), medewerker.gebruikersnaam()))
                .findFirst().orElse(null);
        HuishoudenOverzicht.Doorbraak eigenAanvraag = zonderBudget.stream()
                .filter(doorbraak -> doorbraak.aangevraagdBudget() != null
                        && Identiteit.dezelfde(doorbraak.budgetAanvrager(), medewerker.gebruikersnaam()))
                .findFirst().orElse(null);
        List<EscalatieNiveau> aveNiveaus = !(bezig && doorbraakteam) ? List.of() : Arrays.stream(EscalatieNiveau.values())
                .filter(ander -> ander.isAve() && ander.ordinal() > niveau.ordinal())
                .toList();
        return new Mogelijkheden(opMijnNiveau, opMijnNiveau && !opgepakt, bezig,
                bezig && medewerker.rol() == Rol.PROCESREGISSEUR && niveau == EscalatieNiveau.PROCESREGISSEUR,
                bezig && doorbraakteam && niveau == EscalatieNiveau.DOORBRAAKTEAM, budgetVoor, beoordelen,
                eigenAanvraag, aveNiveaus);
    }
}
