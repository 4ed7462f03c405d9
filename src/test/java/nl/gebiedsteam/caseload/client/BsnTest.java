package nl.gebiedsteam.caseload.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BsnTest {

    /*
     * Each value checked by hand with the 11-test, 9*d1 + 8*d2 + ... + 2*d8 - 1*d9:
     *   111222333: 9+8+7 + 2*(6+5+4) + 3*(3+2) - 3 = 24 + 30 + 15 - 3 = 66 = 6*11
     *   123456782: 9+16+21+24+25+24+21+16 - 2 = 154 = 14*11
     *   999999990: 9*(9+8+7+6+5+4+3+2) - 0 = 9*44 = 396 = 36*11
     *   100000009: 9 - 9 = 0
     *   010000008: 8 - 8 = 0 (a leading zero is a normal digit)
     */
    @ParameterizedTest
    @ValueSource(strings = {"111222333", "123456782", "999999990", "100000009", "010000008"})
    void isValid_shouldAcceptNumbersPassingTheElevenTest(String bsn) {
        assertTrue(Bsn.isValid(bsn), bsn);
    }

    /*
     *   123456789: 9+16+21+24+25+24+21+16 - 9 = 147 = 13*11 + 4
     *   111222334: 66 - 1 = 65
     *   111222332: 66 + 1 = 67
     *   192837460: 9+72+14+48+15+28+12+12 - 0 = 210 = 19*11 + 1
     */
    @ParameterizedTest
    @ValueSource(strings = {"123456789", "111222334", "111222332", "192837460"})
    void isValid_shouldRejectWrongChecksum(String bsn) {
        assertFalse(Bsn.isValid(bsn), bsn);
    }

    @ParameterizedTest
    @ValueSource(strings = {"11122233", "1112223330", "12345678", "0111222333"})
    void isValid_shouldRejectWrongLength(String bsn) {
        assertFalse(Bsn.isValid(bsn), bsn);
    }

    @ParameterizedTest
    @ValueSource(strings = {"11122233a", "a11222333", "111 22333", "111.22333", "-11222333", "+11222333",
        "\u0661\u0661\u0661\u0662\u0662\u0662\u0663\u0663\u0663"})
    void isValid_shouldRejectNonDigits(String bsn) {
        assertFalse(Bsn.isValid(bsn), bsn);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void isValid_shouldRejectNullAndEmpty(String bsn) {
        assertFalse(Bsn.isValid(bsn));
    }

    @Test
    void isValid_shouldRejectAllZerosAlthoughTheArithmeticPasses() {
        assertFalse(Bsn.isValid("000000000"));
    }

    @Test
    void isValid_shouldNotNormaliseByItself() {
        assertFalse(Bsn.isValid("111 222 333"));
        assertFalse(Bsn.isValid("111.222.333"));
    }

    @Test
    void normalise_shouldRemoveSpacesAndDots() {
        assertEquals("111222333", Bsn.normalise("111 222 333"));
        assertEquals("111222333", Bsn.normalise("111.222.333"));
        assertEquals("111222333", Bsn.normalise(" 1.11 22.2 333 "));
        assertEquals("111222333", Bsn.normalise("111222333"));
    }

    @Test
    void normalise_shouldYieldAValidNumberFromATypedOne() {
        assertTrue(Bsn.isValid(Bsn.normalise("1234.56.782")));
    }

    @Test
    void normalise_shouldKeepOtherCharactersForValidationToReject() {
        assertEquals("12345678x", Bsn.normalise("1234 5678x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   ", ".", ". . ."})
    void normalise_shouldTurnEmptyInputIntoNull(String value) {
        assertNull(Bsn.normalise(value));
    }

    @Test
    void normalise_shouldKeepNullAsNull() {
        assertNull(Bsn.normalise(null));
    }
}
