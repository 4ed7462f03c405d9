package nl.gebiedsteam.caseload.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"3861 AB", "3861AB", "3861ab", "3861 ab", " 3861 AB ", "1000 AA", "9999 ZZ"})
    void isValid_shouldAcceptDutchPostcodes(String postcode) {
        assertTrue(Postcode.isValid(postcode), postcode);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0861 AB", "3861 A", "386 AB", "38611 AB", "3861 ABC", "3861  AB", "3861-AB",
        "AB 3861", "3861 A1", " "})
    void isValid_shouldRejectMalformedPostcodes(String postcode) {
        assertFalse(Postcode.isValid(postcode), postcode);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void isValid_shouldRejectNullAndEmpty(String postcode) {
        assertFalse(Postcode.isValid(postcode));
    }

    @ParameterizedTest
    @CsvSource({
        "'3861ab',    '3861 AB'",
        "'3861AB',    '3861 AB'",
        "'3861 ab',   '3861 AB'",
        "'3861 AB',   '3861 AB'",
        "' 3861 ab ', '3861 AB'",
        "'38 61 a b', '3861 AB'"
    })
    void normalise_shouldProduceTheStoredForm(String typed, String expected) {
        assertEquals(expected, Postcode.normalise(typed));
    }

    @Test
    void normalise_shouldResultInAValidPostcode() {
        assertTrue(Postcode.isValid(Postcode.normalise("3861ab")));
    }

    @Test
    void normalise_shouldLeaveOtherLengthsTrimmedForValidationToReject() {
        assertEquals("3861 A", Postcode.normalise(" 3861 A "));
        assertFalse(Postcode.isValid(Postcode.normalise(" 3861 A ")));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void normalise_shouldTurnBlankIntoNull(String value) {
        assertNull(Postcode.normalise(value));
    }
}
