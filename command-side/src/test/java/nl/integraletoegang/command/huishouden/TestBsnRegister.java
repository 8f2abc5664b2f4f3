package nl.integraletoegang.command.huishouden;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.integraletoegang.command.bsn.BsnRegister;

/**
 * A BSN register in memory, filled by the test with what the real register would hold: which household with an open
 * casus claims a BSN, and which member of a household has it.
 */
final class TestBsnRegister implements BsnRegister {

    private final Map<String, String> claims = new HashMap<>();
    private final Map<String, Map<String, String>> ledenPerHuishouden = new HashMap<>();

    /** A member of a household with an open casus: the BSN is claimed. */
    TestBsnRegister claimt(String huishoudenId, String persoonId, String bsn) {
        claims.put(bsn, huishoudenId);
        return lid(huishoudenId, persoonId, bsn);
    }

    /** A member of a household, claiming nothing (its casus is closed). */
    TestBsnRegister lid(String huishoudenId, String persoonId, String bsn) {
        ledenPerHuishouden.computeIfAbsent(huishoudenId, id -> new HashMap<>()).put(bsn, persoonId);
        return this;
    }

    @Override
    public Optional<String> huishoudenMetOpenCasus(String bsn) {
        return Optional.ofNullable(claims.get(bsn));
    }

    @Override
    public Optional<String> lidMetBsn(String huishoudenId, String bsn) {
        return Optional.ofNullable(ledenPerHuishouden.getOrDefault(huishoudenId, Map.of()).get(bsn));
    }

    @Override
    public Optional<String> anderHuishoudenMetBsnVanLeden(String huishoudenId) {
        return ledenPerHuishouden.getOrDefault(huishoudenId, Map.of()).keySet().stream()
                .map(claims::get)
                .filter(houder -> houder != null && !houder.equals(huishoudenId))
                .findFirst();
    }
}
