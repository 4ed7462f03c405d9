package nl.gebiedsteam.caseload.signal;

import static nl.gebiedsteam.caseload.signal.SignalSource.GP;
import static nl.gebiedsteam.caseload.signal.SignalSource.PARENT_FAMILY;
import static nl.gebiedsteam.caseload.signal.SignalSource.POLICE;
import static nl.gebiedsteam.caseload.signal.SignalSource.SCHOOL;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.gebiedsteam.caseload.shared.SettingKey;
import nl.gebiedsteam.caseload.signal.CombinedObservationRule.Point;
import org.junit.jupiter.api.Test;

/**
 * Boundaries of the "combined observations" flag. Dates are fixed, not "today", so the tests do not
 * depend on when they run.
 */
class CombinedObservationRuleTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

    /** The rule as a fresh installation has it: 3 signals from 2 sources within 90 days. */
    private static final CombinedObservationRule DEFAULT = new CombinedObservationRule(
            SettingKey.COMBINED_MIN_SIGNALS.defaultValue(), SettingKey.COMBINED_MIN_SOURCES.defaultValue(),
            SettingKey.COMBINED_WINDOW_DAYS.defaultValue());

    private static Point at(int dayOffset, SignalSource source) {
        return new Point(DAY.plusDays(dayOffset), source);
    }

    @Test
    void defaults_shouldBeThreeSignalsTwoSourcesNinetyDays() {
        // the boundary tests below are written for these numbers
        assertTrue(DEFAULT.equals(new CombinedObservationRule(3, 2, 90)), DEFAULT.toString());
    }

    @Test
    void isMet_shouldBeFalse_whenThereAreNoSignals() {
        assertFalse(DEFAULT.isMet(List.of()));
    }

    @Test
    void isMet_shouldBeFalse_whenOnlyTwoSignals() {
        assertFalse(DEFAULT.isMet(List.of(at(0, POLICE), at(1, SCHOOL))));
    }

    @Test
    void isMet_shouldBeTrue_whenThreeSignalsFromTwoSources() {
        assertTrue(DEFAULT.isMet(List.of(at(0, POLICE), at(1, SCHOOL), at(2, POLICE))));
    }

    @Test
    void isMet_shouldBeFalse_whenThreeSignalsFromOneSource() {
        // many reports from the same source are not "combined" observations
        assertFalse(DEFAULT.isMet(List.of(at(0, POLICE), at(1, POLICE), at(2, POLICE))));
    }

    @Test
    void isMet_shouldBeTrue_whenThreeSignalsOnTheSameDay() {
        assertTrue(DEFAULT.isMet(List.of(at(0, POLICE), at(0, SCHOOL), at(0, GP))));
    }

    @Test
    void isMet_shouldBeTrue_whenSignalsAre90DaysApart() {
        // "at most windowDays apart, both days included"
        assertTrue(DEFAULT.isMet(List.of(at(0, POLICE), at(45, SCHOOL), at(90, GP))));
    }

    @Test
    void isMet_shouldBeFalse_whenSignalsAre91DaysApart() {
        assertFalse(DEFAULT.isMet(List.of(at(0, POLICE), at(45, SCHOOL), at(91, GP))));
    }

    @Test
    void isMet_shouldNotDependOnTheOrderOfTheSignals() {
        assertTrue(DEFAULT.isMet(List.of(at(90, GP), at(0, POLICE), at(45, SCHOOL))));
        assertFalse(DEFAULT.isMet(List.of(at(91, GP), at(0, POLICE), at(45, SCHOOL))));
    }

    @Test
    void isMet_shouldBeFalse_whenAFourthSignalFallsOutsideEveryWindow() {
        // four signals and three sources in total, but no 90-day window holds three of them
        assertFalse(DEFAULT.isMet(List.of(at(0, POLICE), at(10, SCHOOL), at(101, GP), at(200, PARENT_FAMILY))));
    }

    @Test
    void isMet_shouldBeFalse_whenTheOnlySecondSourceIsOutsideTheWindow() {
        // four signals from two sources in total, but the window [0, 90] holds only police
        // signals and the school signal 91 days later stands alone in its own window
        assertFalse(DEFAULT.isMet(List.of(at(0, POLICE), at(0, POLICE), at(0, POLICE), at(91, SCHOOL))));
    }

    @Test
    void isMet_shouldBeTrue_whenALaterWindowIsMet() {
        // the window does not have to start at the first signal
        assertTrue(DEFAULT.isMet(List.of(at(0, POLICE), at(100, POLICE), at(150, SCHOOL), at(190, POLICE))));
    }

    @Test
    void isMetIncluding_shouldBeTrue_whenTheLatestSignalCompletesTheCombination() {
        Point latest = at(60, GP);
        assertTrue(DEFAULT.isMetIncluding(List.of(at(0, POLICE), at(30, SCHOOL), latest), latest));
    }

    @Test
    void isMetIncluding_shouldBeTrue_whenTheLatestSignalIsExactly90DaysAfterTheFirst() {
        Point latest = at(90, GP);
        assertTrue(DEFAULT.isMetIncluding(List.of(at(0, POLICE), at(30, SCHOOL), latest), latest));
    }

    @Test
    void isMetIncluding_shouldBeFalse_whenTheLatestSignalIs91DaysAfterTheFirst() {
        Point latest = at(91, GP);
        assertFalse(DEFAULT.isMetIncluding(List.of(at(0, POLICE), at(30, SCHOOL), latest), latest));
    }

    @Test
    void isMetIncluding_shouldBeFalse_whenOnlyAnOldCombinationIsMet() {
        // a combination 200 days ago was (or should have been) flagged then; a lone new signal
        // today must not raise the flag again
        Point today = at(200, GP);
        List<Point> signals = List.of(at(0, POLICE), at(1, SCHOOL), at(2, POLICE), today);
        assertTrue(DEFAULT.isMet(signals));
        assertFalse(DEFAULT.isMetIncluding(signals, today));
    }

    @Test
    void isMetIncluding_shouldBeFalse_whenOnlyALaterCombinationIsMet() {
        // a signal entered late with an old received date: the combination 100 days after it was
        // already met without it, so this signal does not complete anything
        Point backdated = at(0, GP);
        List<Point> signals = List.of(backdated, at(100, POLICE), at(101, SCHOOL), at(102, POLICE));
        assertTrue(DEFAULT.isMet(signals));
        assertFalse(DEFAULT.isMetIncluding(signals, backdated));
    }

    @Test
    void isMetIncluding_shouldBeTrue_whenTheLatestSignalIsTheFirstOfAMetWindow() {
        // e.g. a signal entered late, with an earlier received date than the others
        Point latest = at(0, GP);
        assertTrue(DEFAULT.isMetIncluding(List.of(latest, at(30, POLICE), at(60, SCHOOL)), latest));
    }

    @Test
    void isMetIncluding_shouldBeTrue_whenTheLatestSignalIsInTheMiddleOfAMetWindow() {
        Point latest = at(40, GP);
        assertTrue(DEFAULT.isMetIncluding(List.of(at(0, POLICE), latest, at(80, SCHOOL)), latest));
    }

    @Test
    void isMetIncluding_shouldBeFalse_whenTheLatestSignalIsTheThirdFromTheSameSource() {
        Point latest = at(20, POLICE);
        assertFalse(DEFAULT.isMetIncluding(List.of(at(0, POLICE), at(10, POLICE), latest), latest));
    }

    // --- other settings ---

    private static final CombinedObservationRule STRICT = new CombinedObservationRule(4, 3, 30);

    @Test
    void isMet_shouldRespectOtherThresholds_whenAllAreReached() {
        assertTrue(STRICT.isMet(List.of(at(0, POLICE), at(10, SCHOOL), at(20, GP), at(30, POLICE))));
    }

    @Test
    void isMet_shouldRespectOtherThresholds_whenOneSignalShort() {
        // three signals from three sources meet the default rule, not a 4-signal rule
        List<Point> signals = List.of(at(0, POLICE), at(10, SCHOOL), at(20, GP));
        assertTrue(DEFAULT.isMet(signals));
        assertFalse(STRICT.isMet(signals));
    }

    @Test
    void isMet_shouldRespectOtherThresholds_whenOneSourceShort() {
        assertFalse(STRICT.isMet(List.of(at(0, POLICE), at(10, SCHOOL), at(20, SCHOOL), at(30, POLICE))));
    }

    @Test
    void isMet_shouldRespectOtherThresholds_whenTheWindowIsOneDayTooShort() {
        // 31 days apart: within the default 90, outside 30
        List<Point> signals = List.of(at(0, POLICE), at(10, SCHOOL), at(20, GP), at(31, POLICE));
        assertTrue(DEFAULT.isMet(signals));
        assertFalse(STRICT.isMet(signals));
    }

    @Test
    void isMetIncluding_shouldRespectOtherThresholds() {
        Point latest = at(30, PARENT_FAMILY);
        assertTrue(STRICT.isMetIncluding(List.of(at(0, POLICE), at(10, SCHOOL), at(20, GP), latest), latest));
        Point tooLate = at(31, PARENT_FAMILY);
        assertFalse(STRICT.isMetIncluding(List.of(at(0, POLICE), at(10, SCHOOL), at(20, GP), tooLate), tooLate));
    }
}
