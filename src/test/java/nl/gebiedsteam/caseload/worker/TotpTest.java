package nl.gebiedsteam.caseload.worker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238 appendix B's SHA-1 secret, "12345678901234567890", in Base32. */
    private static final String RFC_SECRET = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void code_matchesTheRfc6238TestVectors_inSixDigits() {
        // the RFC lists 8 digits; a 6-digit code is its last six
        assertEquals("287082", Totp.code(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(59))));
        assertEquals("081804", Totp.code(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(1111111109))));
        assertEquals("050471", Totp.code(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(1111111111))));
        assertEquals("005924", Totp.code(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(1234567890))));
        assertEquals("279037", Totp.code(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(2000000000))));
        assertEquals("353130", Totp.code(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(20000000000L))));
    }

    @Test
    void base32_roundTripsAndMatchesRfc4648() {
        assertEquals("MZXW6YTBOI", Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII)));
        assertArrayEquals("foobar".getBytes(StandardCharsets.US_ASCII), Totp.fromBase32("mzxw 6ytb oi"));
        String secret = Totp.newSecret();
        assertEquals(32, secret.length(), "160 bits");
        assertEquals(secret, Totp.base32(Totp.fromBase32(secret)));
    }

    @Test
    void matchingStep_acceptsOneStepOfDrift_andNoCodeTwice() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = Totp.stepAt(now);
        String secret = Totp.newSecret();
        assertEquals(OptionalLong.of(step), Totp.matchingStep(secret, Totp.code(secret, step), now, null));
        assertEquals(OptionalLong.of(step - 1), Totp.matchingStep(secret, Totp.code(secret, step - 1), now, null));
        assertEquals(OptionalLong.of(step + 1), Totp.matchingStep(secret, " " + Totp.code(secret, step + 1), now, null));
        assertTrue(Totp.matchingStep(secret, Totp.code(secret, step - 2), now, null).isEmpty(), "too old");
        assertTrue(Totp.matchingStep(secret, Totp.code(secret, step), now, step).isEmpty(), "already used");
        assertTrue(Totp.matchingStep(secret, Totp.code(secret, step - 1), now, step - 1).isEmpty(), "used, and older");
        assertTrue(Totp.matchingStep(secret, "12345", now, null).isEmpty());
        assertTrue(Totp.matchingStep(secret, "abcdef", now, null).isEmpty());
        assertTrue(Totp.matchingStep(secret, null, now, null).isEmpty());
    }

    @Test
    void uri_isTheKeyUriFormat() {
        assertEquals("otpauth://totp/Caseload%20Nijkerk:hanna.privacy?secret=ABC&issuer=Caseload%20Nijkerk"
                + "&algorithm=SHA1&digits=6&period=30", Totp.uri("Caseload Nijkerk", "hanna.privacy", "ABC"));
    }
}
