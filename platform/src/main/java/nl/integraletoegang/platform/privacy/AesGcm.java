package nl.integraletoegang.platform.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM from the JDK with a random 12-byte IV per value; the output is IV followed by ciphertext and tag.
 * The associated data binds a ciphertext to its subject, so a value copied under another subject fails to decrypt.
 * Each thread keeps one {@link Cipher} and initialises it afresh, with the value's key and IV, for every value:
 * {@code Cipher.getInstance} per value cost a quarter of the decryption (a provider search each time), while a
 * {@code Cipher} is not thread-safe. A fresh random IV per encryption stays, so GCM never sees a key and IV twice.
 */
final class AesGcm {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ThreadLocal<Cipher> CIPHER = ThreadLocal.withInitial(AesGcm::nieuweCipher);

    private AesGcm() {
    }

    static byte[] nieuweSleutel() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, RANDOM);
            return generator.generateKey().getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256 is not available", e);
        }
    }

    static byte[] versleutel(byte[] sleutel, byte[] klaartekst, String gebondenAan) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, sleutel, iv, gebondenAan);
            byte[] ciphertext = cipher.doFinal(klaartekst);
            return ByteBuffer.allocate(IV_BYTES + ciphertext.length).put(iv).put(ciphertext).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    static byte[] ontsleutel(byte[] sleutel, byte[] ivEnCiphertext, String gebondenAan) {
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, sleutel, java.util.Arrays.copyOf(ivEnCiphertext, IV_BYTES),
                    gebondenAan);
            return cipher.doFinal(ivEnCiphertext, IV_BYTES, ivEnCiphertext.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            // no details: a message could otherwise hint at the contents
            throw new IllegalStateException("Decryption failed (wrong key or tampered value)", e);
        }
    }

    private static Cipher nieuweCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static Cipher cipher(int mode, byte[] sleutel, byte[] iv, String gebondenAan)
            throws GeneralSecurityException {
        Cipher cipher = CIPHER.get();
        cipher.init(mode, new SecretKeySpec(sleutel, "AES"), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(gebondenAan.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
