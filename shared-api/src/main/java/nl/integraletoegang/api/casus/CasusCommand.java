package nl.integraletoegang.api.casus;

/**
 * A command that acts on one casus of a household. The aggregate decides need to know on the casus it names, so
 * every such command says which one through this interface (a guard test checks that none forgets it).
 */
public interface CasusCommand {

    String huishoudenId();

    String casusId();
}
