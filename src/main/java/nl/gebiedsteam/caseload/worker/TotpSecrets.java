package nl.gebiedsteam.caseload.worker;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import nl.gebiedsteam.caseload.shared.ConfiguredKeys;

/**
 * Second-factor secrets are encrypted in the database (AES-GCM, key from configuration, never in
 * the database): a copy of the worker table gives nobody a working authenticator. The stored form
 * is {@code v1:} and the Base64 of nonce and ciphertext. A value without that prefix is a secret
 * from before this encryption; it is read as it is and sealed at the next start
 * ({@link TotpSecretSealing}).
 */
@ApplicationScoped
public class TotpSecrets {

    /** Only for the synthetic demo; a real installation sets its own ({@code CASELOAD_TOTP_KEY}). */
    public static final String DEMO_KEY = "caseload-demo-totp-key-not-secret";
    static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ConfiguredKeys keys;

    private SecretKeySpec key;

    /** Checked at start-up: without a key no second factor could be set up or checked. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        seal("start-up check");
    }

    @PostConstruct
    void init() {
        key = keyOf(keys.require("caseload.totp.key", "CASELOAD_TOTP_KEY", DEMO_KEY,
                "second-factor secrets are stored encrypted under that key"));
    }

    public String seal(String secret) {
        return seal(secret, key);
    }

    public String open(String stored) {
        return open(stored, key);
    }

    private static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    public static SecretKeySpec keyOf(String configured) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(configured.getBytes(StandardCharsets.UTF_8));
            return new SecretKeySpec(digest, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    static String seal(String secret, SecretKeySpec key) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
            byte[] stored = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** The secret; a stored value that does not open with this key is refused, never guessed at. */
    public static String open(String stored, SecretKeySpec key) {
        if (!isSealed(stored)) {
            return stored;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a second-factor secret does not open with the configured key "
                    + "(CASELOAD_TOTP_KEY changed?)", e);
        }
    }
}
