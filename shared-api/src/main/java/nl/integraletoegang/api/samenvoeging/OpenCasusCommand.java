package nl.integraletoegang.api.samenvoeging;

/**
 * A command about the household's open casus that does not name it: the worker asks it of a household (merge it into
 * another, or take another in). The command side checks the worker's need to know against that open casus.
 */
public interface OpenCasusCommand {

    String huishoudenId();
}
