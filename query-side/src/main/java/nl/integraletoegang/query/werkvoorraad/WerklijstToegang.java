package nl.integraletoegang.query.werkvoorraad;

import nl.integraletoegang.api.medewerker.Rol;
import nl.integraletoegang.platform.invoer.GeenToegangException;
import nl.integraletoegang.platform.vrager.Vrager;
import org.axonframework.messaging.MetaData;

/**
 * Need to know for the work lists, decided in their query handlers from the asker the query carries: a team's lists
 * are for the access workers of that team; a worker's casussen for that worker, and for colleagues of the regisseur's
 * team only the casussen of their own team. The rows then are exactly those the asker works on.
 */
final class WerklijstToegang {

    private WerklijstToegang() {
    }

    static Vrager vanTeam(MetaData metaData, String team) {
        Vrager vrager = toegangsmedewerker(metaData);
        if (vrager.medewerker().team() == null || !vrager.medewerker().team().equals(team)) {
            throw new GeenToegangException("Je ziet alleen de werkvoorraad van je eigen team.");
        }
        return vrager;
    }

    static Vrager casussen(MetaData metaData, String regisseur, String alleenTeam) {
        Vrager vrager = toegangsmedewerker(metaData);
        boolean zelf = vrager.medewerker().gebruikersnaam().equals(regisseur);
        if (!zelf && (alleenTeam == null || !alleenTeam.equals(vrager.medewerker().team()))) {
            throw new GeenToegangException("Van een collega zie je alleen de casussen die hij of zij voor je eigen "
                    + "team regisseert.");
        }
        return vrager;
    }

    private static Vrager toegangsmedewerker(MetaData metaData) {
        Vrager vrager = Vrager.uit(metaData)
                .orElseThrow(() -> new GeenToegangException("Een werkvoorraad is alleen voor ingelogde medewerkers."));
        if (vrager.medewerker().rol() != Rol.TOEGANGSMEDEWERKER) {
            throw new GeenToegangException("De werkvoorraad is voor toegangsmedewerkers.");
        }
        return vrager;
    }
}
