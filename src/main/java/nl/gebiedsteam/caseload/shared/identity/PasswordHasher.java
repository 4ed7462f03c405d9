package nl.gebiedsteam.caseload.shared.identity;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2 password hashing with explicit, ASVS-compliant parameters (the Jakarta Security default
 * is only 2,048 iterations). Stored form: {@code algorithm:iterations:base64(salt):base64(hash)},
 * so stronger parameters later can be recognised and a password rehashed at the next login.
 */
public final class PasswordHasher {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    /** ASVS 5.0 appendix C: at least 210,000 iterations for PBKDF2-HMAC-SHA512. */
    public static final int ITERATIONS = 210_000;
    public static final int SALT_BYTES = 16;
    public static final int HASH_BYTES = 64;
    public static final int MIN_PASSWORD_LENGTH = 12;

    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHasher() {
    }

    public static String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return format(ALGORITHM, ITERATIONS, salt, derive(ALGORITHM, password, salt, ITERATIONS, HASH_BYTES));
    }

    public static boolean verify(char[] password, String stored) {
        StoredHash parsed = StoredHash.parse(stored);
        if (parsed == null) {
            return false;
        }
        try {
            byte[] actual = derive(parsed.algorithm(), password, parsed.salt(), parsed.iterations(), parsed.hash().length);
            return MessageDigest.isEqual(actual, parsed.hash());
        } catch (IllegalArgumentException | IllegalStateException corrupt) {
            return false; // an unusable stored hash (empty salt, zero iterations, unknown algorithm) never matches
        }
    }

    /** True when the stored hash is weaker than what {@link #hash} produces today. */
    public static boolean needsRehash(String stored) {
        StoredHash parsed = StoredHash.parse(stored);
        return parsed == null || !parsed.algorithm().equals(ALGORITHM) || parsed.iterations() < ITERATIONS
                || parsed.salt().length < SALT_BYTES;
    }

    /** Spends the time of a real verification, so an unknown login name takes as long as a wrong password. */
    public static void burnVerification(char[] password) {
        derive(ALGORITHM, password, new byte[SALT_BYTES], ITERATIONS, HASH_BYTES);
    }

    private static String format(String algorithm, int iterations, byte[] salt, byte[] hash) {
        Base64.Encoder b64 = Base64.getEncoder();
        return algorithm + ":" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
    }

    private static byte[] derive(String algorithm, char[] password, byte[] salt, int iterations, int bytes) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bytes * 8);
        try {
            return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** The parts of a stored hash. */
    public record StoredHash(String algorithm, int iterations, byte[] salt, byte[] hash) {

        public static StoredHash parse(String stored) {
            if (stored == null) {
                return null;
            }
            String[] parts = stored.split(":");
            if (parts.length != 4 || !parts[0].startsWith("PBKDF2WithHmac")) {
                return null;
            }
            try {
                Base64.Decoder b64 = Base64.getDecoder();
                return new StoredHash(parts[0], Integer.parseInt(parts[1]), b64.decode(parts[2]), b64.decode(parts[3]));
            } catch (IllegalArgumentException malformed) {
                return null;
            }
        }
    }
}
