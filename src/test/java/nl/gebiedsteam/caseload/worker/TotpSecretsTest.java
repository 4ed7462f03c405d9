package nl.gebiedsteam.caseload.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Issue 23: second-factor secrets are encrypted at rest under a key from configuration. */
class TotpSecretsTest {

    private static final SecretKeySpec KEY = TotpSecrets.keyOf("a-key-of-at-least-16-characters");
    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Test
    void sealed_opensToTheSecret_andShowsNothingOfIt() {
        String sealed = TotpSecrets.seal(SECRET, KEY);
        assertTrue(sealed.startsWith("v1:") && sealed.length() <= 120, sealed);
        assertFalse(sealed.contains(SECRET));
        assertNotEquals(sealed, TotpSecrets.seal(SECRET, KEY), "a fresh nonce each time");
        assertEquals(SECRET, TotpSecrets.open(sealed, KEY));
    }

    @Test
    void anotherKey_orATamperedValue_isRefused_andAPlainOldSecretStillReads() {
        String sealed = TotpSecrets.seal(SECRET, KEY);
        assertThrows(IllegalStateException.class, () -> TotpSecrets.open(sealed, TotpSecrets.keyOf("another-key-16-chars")));
        char[] tampered = sealed.toCharArray();
        tampered[10] = tampered[10] == 'A' ? 'B' : 'A';
        assertThrows(IllegalStateException.class, () -> TotpSecrets.open(new String(tampered), KEY));
        assertEquals(SECRET, TotpSecrets.open(SECRET, KEY), "stored before the encryption: sealed at the next start");
    }
}
