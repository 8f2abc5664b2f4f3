package nl.integraletoegang.api.casus;

/** Every event in the life of a casus names the household and the casus; the audit history is keyed by it. */
public interface CasusEvent {

    String huishoudenId();

    String casusId();
}
