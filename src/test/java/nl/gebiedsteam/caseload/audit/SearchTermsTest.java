package nl.gebiedsteam.caseload.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 23: search terms reach the log only as keyed hashes, compared as a person would type them. */
class SearchTermsTest {

    private static SearchTerms withKey(String key) {
        SearchTerms terms = new SearchTerms();
        terms.configuredKey = Optional.of(key);
        terms.init();
        return terms;
    }

    @Test
    void aTermIsComparedAsTyped_apartFromCaseSpacesDotsAndHyphens() {
        assertEquals("vanhoogland", SearchTerms.normalise(" Van  Hoogland "));
        assertEquals("111222333", SearchTerms.normalise("111.222.333"));
        assertEquals(SearchTerms.normalise(LocalDate.of(1990, 5, 17)), SearchTerms.normalise("17-05-1990"));
        assertEquals("", SearchTerms.normalise(null));
    }

    @Test
    void thePseudonymDependsOnTheKey_andRevealsNothingOfTheTerm() {
        SearchTerms one = withKey("a-key-of-at-least-16-characters");
        SearchTerms other = withKey("another-key-of-16-characters!!");
        String pseudonym = one.pseudonym("111222333");
        assertTrue(pseudonym.matches("h:[0-9a-f]{16}"), pseudonym);
        assertEquals(pseudonym, one.pseudonym("111 222 333"));
        assertNotEquals(pseudonym, other.pseudonym("111222333"), "without the key no dictionary of BSNs helps");
        assertNull(one.pseudonym("  "));
    }
}
