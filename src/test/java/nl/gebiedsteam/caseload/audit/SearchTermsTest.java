package nl.gebiedsteam.caseload.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Issue 23: search terms reach the log only as keyed hashes, compared as a person would type them. */
class SearchTermsTest {


    @Test
    void aTermIsComparedAsTyped_apartFromCaseSpacesDotsAndHyphens() {
        assertEquals("vanhoogland", SearchTerms.normalise(" Van  Hoogland "));
        assertEquals("111222333", SearchTerms.normalise("111.222.333"));
        assertEquals(SearchTerms.normalise(LocalDate.of(1990, 5, 17)), SearchTerms.normalise("17-05-1990"));
        assertEquals("", SearchTerms.normalise(null));
    }

    @Test
    void thePseudonymDependsOnTheKey_andRevealsNothingOfTheTerm() {
        SecretKeySpec one = SearchTerms.keyOf("a-key-of-at-least-16-characters");
        SecretKeySpec other = SearchTerms.keyOf("another-key-of-16-characters!!");
        String pseudonym = SearchTerms.pseudonym("111222333", one);
        assertTrue(pseudonym.matches("h:[0-9a-f]{16}"), pseudonym);
        assertEquals(pseudonym, SearchTerms.pseudonym("111 222 333", one));
        assertNotEquals(pseudonym, SearchTerms.pseudonym("111222333", other), "without the key no dictionary of BSNs helps");
        assertNull(SearchTerms.pseudonym("  ", one));
    }
}
