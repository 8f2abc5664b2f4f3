package nl.integraletoegang.query.zoeken;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The search index keeps no BSN, only its keyed hash (HMAC-SHA256): equal BSNs give equal hashes, so an exact search
 * works, while the table alone (a backup, a copy) does not give the numbers back, not even by trying all 10^9 of
 * them, without the key. The key comes from configuration; the default is for development only.
 */
@Component
class BsnHash {

    private static final String ALGORITME = "HmacSHA256";

    private final SecretKeySpec sleutel;

    BsnHash(@Value("${integrale-toegang.zoeken.bsn-sleutel}") String sleutel) {
        if (sleutel.length() < 16) {
            throw new IllegalStateException("integrale-toegang.zoeken.bsn-sleutel is shorter than 16 characters");
        }
        this.sleutel = new SecretKeySpec(sleutel.getBytes(StandardCharsets.UTF_8), ALGORITME);
    }

    byte[] van(String waarde) {
        try {
            Mac mac = Mac.getInstance(ALGORITME);
            mac.init(sleutel);
            return mac.doFinal(waarde.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
