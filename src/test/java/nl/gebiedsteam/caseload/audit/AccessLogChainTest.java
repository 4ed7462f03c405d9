package nl.gebiedsteam.caseload.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessLogChainTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 6, 4, 5, 6, 789_000);

    @Test
    void canonicalForm_writesLengthsAndNulls_soNoValueCanPassForAnother() {
        assertEquals("1:7|26:2026-12-06 04:05:06.000789|4:READ|1:R|-|1:a|0:",
                AccessLogChain.canonical(7, AT, "READ", "R", null, "a", ""));
        assertNotEquals(AccessLogChain.canonical(1, AT, "a|b", null), AccessLogChain.canonical(1, AT, "a", "b"));
        assertNotEquals(AccessLogChain.canonical(1, AT, "-"), AccessLogChain.canonical(1, AT, (String) null));
        // characters are counted as the database's CHAR_LENGTH counts them: an emoji is one
        assertEquals("1:1|26:2026-12-06 04:05:06.000789|1:😀", AccessLogChain.canonical(1, AT, "😀"));
    }

    @Test
    void hash_isSha256OfThePreviousHashFollowedByTheRow() {
        // printf '%064dx' 0 | sha256sum
        assertEquals("88258fac11427f77c0b241fa14c18fd1d18af298ddc686bb0d60b148a59ce546",
                AccessLogChain.hash(AccessLogChain.GENESIS, "x"));
    }

    @Test
    void shownDigest_isSha256OfTheSortedDistinctIds_andOfTheEmptyTextForNone() {
        // printf '' | sha256sum, which is also what the database's SHA2('', 256) gives
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", AccessLogChain.shownDigest(List.of()));
        // printf '2,10,33' | sha256sum: numeric order, each id once, whatever order the list showed them in
        assertEquals("678cf251cc5453f55633c2364d8ee364df90b5e5fd313dc8025bd57d05617bd7",
                AccessLogChain.shownDigest(List.of(33L, 2L, 10L, 2L)));
        assertNotEquals(AccessLogChain.shownDigest(List.of(2L, 10L)), AccessLogChain.shownDigest(List.of(2L, 10L, 33L)));
    }
}
