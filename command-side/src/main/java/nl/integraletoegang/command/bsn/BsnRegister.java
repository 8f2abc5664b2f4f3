package nl.integraletoegang.command.bsn;

import java.util.Optional;

/**
 * What the household aggregate asks the BSN register before it applies anything, for a clear refusal: the register
 * is the command side's own state, kept in the transaction that appends the events (see {@link BsnRegisterProjectie}),
 * whose unique indexes also catch the race between two doors that both found the BSN free.
 */
public interface BsnRegister {

    /** The household with an open casus that has a current member with this BSN (not registered apart), if any. */
    Optional<String> huishoudenMetOpenCasus(String bsn);

    /** The current member of this household with this BSN, if any. */
    Optional<String> lidMetBsn(String huishoudenId, String bsn);

    /**
     * Another household with an open casus that holds the BSN of one of this household's current members (not
     * registered apart), if any: opening or reopening this household's casus would claim it a second time.
     */
    Optional<String> anderHuishoudenMetBsnVanLeden(String huishoudenId);
}
