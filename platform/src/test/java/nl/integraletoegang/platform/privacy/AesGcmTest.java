package nl.integraletoegang.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One cipher per thread, initialised afresh for every value: values of different keys and subjects alternate on a
 * thread, a failed decryption leaves nothing behind for the next value, every encryption gets its own IV, and threads
 * do not share state.
 */
class AesGcmTest {

    private static final byte[] SLEUTEL_A = AesGcm.nieuweSleutel();
    private static final byte[] SLEUTEL_B = AesGcm.nieuweSleutel();

    @Test
    void valuesOfDifferentKeysAndSubjectsAlternateOnOneThread() {
        for (int i = 0; i < 100; i++) {
            byte[] sleutel = i % 2 == 0 ? SLEUTEL_A : SLEUTEL_B;
            String subject = "p-" + (i % 3);
            byte[] waarde = ("waarde " + i).getBytes(StandardCharsets.UTF_8);
            assertThat(AesGcm.ontsleutel(sleutel, AesGcm.versleutel(sleutel, waarde, subject), subject))
                    .isEqualTo(waarde);
        }
    }

    @Test
    void aFailedDecryptionLeavesTheThreadsCipherUsable() {
        byte[] versleuteld = AesGcm.versleutel(SLEUTEL_A, bytes("Johanna"), "p-1");
        assertThatThrownBy(() -> AesGcm.ontsleutel(SLEUTEL_A, versleuteld, "p-2"))
                .hasMessageContaining("Decryption failed");
        assertThatThrownBy(() -> AesGcm.ontsleutel(SLEUTEL_B, versleuteld, "p-1"))
                .hasMessageContaining("Decryption failed");

        assertThat(AesGcm.ontsleutel(SLEUTEL_A, versleuteld, "p-1")).isEqualTo(bytes("Johanna"));
        assertThat(AesGcm.ontsleutel(SLEUTEL_A, AesGcm.versleutel(SLEUTEL_A, bytes("Karim"), "p-1"), "p-1"))
                .isEqualTo(bytes("Karim"));
    }

    @Test
    void everyEncryptionHasAnIvOfItsOwn() {
        byte[] eerste = AesGcm.versleutel(SLEUTEL_A, bytes("Johanna"), "p-1");
        byte[] tweede = AesGcm.versleutel(SLEUTEL_A, bytes("Johanna"), "p-1");
        assertThat(Arrays.copyOf(eerste, 12)).isNotEqualTo(Arrays.copyOf(tweede, 12));
        assertThat(eerste).isNotEqualTo(tweede);
    }

    @Test
    void threadsEncryptAndDecryptAtOnce() throws Exception {
        List<Callable<Integer>> taken = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int draad = t;
            taken.add(() -> {
                int juist = 0;
                for (int i = 0; i < 2_000; i++) {
                    byte[] sleutel = (i + draad) % 2 == 0 ? SLEUTEL_A : SLEUTEL_B;
                    byte[] waarde = bytes("draad " + draad + " waarde " + i);
                    if (Arrays.equals(AesGcm.ontsleutel(sleutel, AesGcm.versleutel(sleutel, waarde, "p-" + i),
                            "p-" + i), waarde)) {
                        juist++;
                    }
                }
                return juist;
            });
        }
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            for (Future<Integer> taak : threads.invokeAll(taken)) {
                assertThat(taak.get()).isEqualTo(2_000);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static byte[] bytes(String tekst) {
        return tekst.getBytes(StandardCharsets.UTF_8);
    }
}
