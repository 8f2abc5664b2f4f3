package nl.integraletoegang.ui.historie;

import org.springframework.validation.Errors;

/** The auditor's search: a casus by its id, or the casussen of a household (a mutable form object for binding). */
public class HistorieZoekvraag {

    private static final String ID = "[A-Za-z0-9-]{1,64}";

    private String casus;
    private String huishouden;

    boolean isLeeg() {
        return isBlank(casus) && isBlank(huishouden);
    }

    boolean zoektCasus() {
        return !isBlank(casus);
    }

    void controleer(Errors fouten) {
        if (!isBlank(casus) && !casus.strip().matches(ID)) {
            fouten.rejectValue("casus", "vorm",
                    "Een casus-id bestaat alleen uit letters, cijfers en streepjes (hoogstens 64).");
        }
        if (isBlank(casus) && !isBlank(huishouden) && !huishouden.strip().matches(ID)) {
            fouten.rejectValue("huishouden", "vorm",
                    "Een huishouden-id bestaat alleen uit letters, cijfers en streepjes (hoogstens 64).");
        }
    }

    private static boolean isBlank(String waarde) {
        return waarde == null || waarde.isBlank();
    }

    public String getCasus() {
        return casus;
    }

    public void setCasus(String casus) {
        this.casus = casus == null ? null : casus.strip();
    }

    public String getHuishouden() {
        return huishouden;
    }

    public void setHuishouden(String huishouden) {
        this.huishouden = huishouden == null ? null : huishouden.strip();
    }
}
