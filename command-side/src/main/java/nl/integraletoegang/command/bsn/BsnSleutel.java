package nl.integraletoegang.command.bsn;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed hash (HMAC-SHA256) the BSN register stores instead of a BSN. Without the key nobody can tell from the
 * table which BSN a row is about (the nine-digit space is small enough to try all, so a plain hash would not do).
 */
public final class BsnSleutel {

    private final Mac prototype;

    public BsnSleutel(String sleutel) {
        if (sleutel == null || sleutel.length() < 16) {
            throw new IllegalArgumentException("integrale-toegang.bsn-register.sleutel needs at least 16 characters");
        }
        try {
            prototype = Mac.getInstance("HmacSHA256");
            prototype.init(new SecretKeySpec(sleutel.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    public byte[] van(String bsn) {
        try {
            // a Mac is not thread-safe; a clone of the initialised one is cheap
            Mac mac = (Mac) prototype.clone();
            return mac.doFinal(bsn.getBytes(StandardCharsets.US_ASCII));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("HmacSHA256 of the JDK can be cloned", e);
        }
    }
}
