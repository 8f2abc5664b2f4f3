package nl.integraletoegang.api.huishouden;

/** The role of a member in the household, as workers and the BRP name it. Absent for members of older events. */
public enum LidRol {
    OUDER,
    PARTNER,
    KIND,
    OVERIG
}
