package nl.gebiedsteam.caseload.shared.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final Path DEMO_SEED = Path.of("seeds", "V1__demo_teams_and_workers.sql");
    private static final String DEMO_PASSWORD = "Demo-Caseload-2026";

    /** One real hash shared by the tests that only look at it: each hash costs 210,000 iterations. */
    private static String fresh;

    @BeforeAll
    static void hashOnce() {
        fresh = PasswordHasher.hash(PASSWORD.toCharArray());
    }

    @Test
    void hash_shouldUseTheAlgorithmIterationsSaltHashFormat() {
        String[] parts = fresh.split(":", -1);
        assertEquals(4, parts.length, fresh);
        assertEquals("PBKDF2WithHmacSHA512", parts[0]);
        assertEquals("210000", parts[1]);
        assertTrue(fresh.startsWith("PBKDF2WithHmacSHA512:210000:"), fresh);
    }

    @Test
    void hash_shouldParseIntoItsParts() {
        PasswordHasher.StoredHash parsed = PasswordHasher.StoredHash.parse(fresh);
        assertNotNull(parsed, fresh);
        assertEquals("PBKDF2WithHmacSHA512", parsed.algorithm());
        assertTrue(parsed.iterations() >= 210_000, "iterations: " + parsed.iterations());
        assertTrue(parsed.salt().length >= 16, "salt bytes: " + parsed.salt().length);
        assertEquals(64, parsed.hash().length);
    }

    @Test
    void hash_shouldUseARandomSaltSoEqualPasswordsHashDifferently() {
        String second = PasswordHasher.hash(PASSWORD.toCharArray());
        assertNotEquals(fresh, second);
        PasswordHasher.StoredHash a = PasswordHasher.StoredHash.parse(fresh);
        PasswordHasher.StoredHash b = PasswordHasher.StoredHash.parse(second);
        assertFalse(java.util.Arrays.equals(a.salt(), b.salt()), "salts must differ");
        assertFalse(java.util.Arrays.equals(a.hash(), b.hash()), "hashes must differ");
        assertTrue(PasswordHasher.verify(PASSWORD.toCharArray(), second));
    }

    @Test
    void verify_shouldAcceptTheRightPassword() {
        assertTrue(PasswordHasher.verify(PASSWORD.toCharArray(), fresh));
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery stapl", "Correct horse battery staple",
        "correct horse battery staple ", "", "x"})
    void verify_shouldRejectAWrongPassword(String wrong) {
        assertFalse(PasswordHasher.verify(wrong.toCharArray(), fresh));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {
        "",
        "x",
        "PBKDF2WithHmacSHA512",
        "PBKDF2WithHmacSHA512:210000:AAAAAAAAAAAAAAAAAAAAAA==",
        "PBKDF2WithHmacSHA512:210000:AAAAAAAAAAAAAAAAAAAAAA==:AAAA:AAAA",
        "PBKDF2WithHmacSHA512:210000:not*base64!:AAAAAAAAAAAAAAAAAAAAAA==",
        "PBKDF2WithHmacSHA512:210000:AAAAAAAAAAAAAAAAAAAAAA==:%%%%",
        "PBKDF2WithHmacSHA512:many:AAAAAAAAAAAAAAAAAAAAAA==:AAAAAAAAAAAAAAAAAAAAAA==",
        "MD5:210000:AAAAAAAAAAAAAAAAAAAAAA==:AAAAAAAAAAAAAAAAAAAAAA=="
    })
    void verify_shouldReturnFalseForMalformedStoredHashes(String stored) {
        assertNull(PasswordHasher.StoredHash.parse(stored), "should not parse: " + stored);
        assertFalse(PasswordHasher.verify(PASSWORD.toCharArray(), stored));
    }

    @Test
    void verify_shouldAcceptAHashWithOlderParameters() throws Exception {
        String legacy = legacyHash(PASSWORD, 1000);
        assertTrue(PasswordHasher.verify(PASSWORD.toCharArray(), legacy));
        assertFalse(PasswordHasher.verify("wrong password!".toCharArray(), legacy));
    }

    @Test
    void needsRehash_shouldBeTrueForFewerIterations() throws Exception {
        String legacy = legacyHash(PASSWORD, 1000);
        assertEquals(1000, PasswordHasher.StoredHash.parse(legacy).iterations());
        assertTrue(PasswordHasher.needsRehash(legacy));
    }

    @Test
    void needsRehash_shouldBeFalseForAFreshHash() {
        assertFalse(PasswordHasher.needsRehash(fresh));
    }

    @Test
    void needsRehash_shouldBeTrueForAnUnparseableHash() {
        assertTrue(PasswordHasher.needsRehash("x"));
        assertTrue(PasswordHasher.needsRehash(null));
    }

    @Test
    void demoSeedHash_shouldMeetTheParametersAndVerifyTheDemoPassword() throws IOException {
        String sql = Files.readString(DEMO_SEED, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("PBKDF2WithHmacSHA512:[^'\"\\s]+").matcher(sql);
        assertTrue(m.find(), "no PBKDF2WithHmacSHA512:... hash in " + DEMO_SEED.toAbsolutePath());
        String seeded = m.group();

        PasswordHasher.StoredHash parsed = PasswordHasher.StoredHash.parse(seeded);
        assertNotNull(parsed, "seed hash does not parse: " + seeded);
        assertTrue(parsed.iterations() >= 210_000, "iterations: " + parsed.iterations());
        assertTrue(parsed.salt().length >= 16, "salt bytes: " + parsed.salt().length);
        assertTrue(PasswordHasher.verify(DEMO_PASSWORD.toCharArray(), seeded),
                "seed hash does not verify " + DEMO_PASSWORD);
        assertFalse(PasswordHasher.verify("Demo-Caseload-2025".toCharArray(), seeded));
        assertFalse(PasswordHasher.needsRehash(seeded));
    }

    /** A hash in the stored format built independently with javax.crypto, with the given iteration count. */
    private static String legacyHash(String password, int iterations) throws Exception {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 64 * 8);
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
        assertEquals(64, hash.length);
        Base64.Encoder b64 = Base64.getEncoder();
        String stored = "PBKDF2WithHmacSHA512:" + iterations + ":" + b64.encodeToString(salt) + ":"
                + b64.encodeToString(hash);
        assertArrayEquals(salt, PasswordHasher.StoredHash.parse(stored).salt());
        return stored;
    }
}
