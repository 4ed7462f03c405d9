package nl.gebiedsteam.caseload.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nl.gebiedsteam.caseload.shared.SettingKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Waiting days of a referral (DOMAIN.md: clients waited about two months for specialised care, so
 * waiting time is first-class). Dates are fixed and "today" is passed in, so nothing depends on
 * when the tests run.
 */
class WaitingTimesTest {

    private static final LocalDate REFERRED = LocalDate.of(2025, 1, 10);
    private static final int FLAG_AFTER = 42;

    private static LocalDate day(int offset) {
        return REFERRED.plusDays(offset);
    }

    @Test
    void flagThreshold_shouldDefaultTo42Days() {
        // the boundary tests below use the installation default: six weeks
        assertEquals(FLAG_AFTER, SettingKey.REFERRAL_WAIT_FLAG_DAYS.defaultValue());
    }

    // --- completed stages ---

    @Test
    void of_shouldCountBothStagesAndTotal_whenTreatmentHasStarted() {
        WaitingTimes times = WaitingTimes.of(REFERRED, day(14), day(40), ReferralStatus.ACCEPTED, day(100), FLAG_AFTER);
        assertEquals(14, times.toIntake());
        assertEquals(26, times.toTreatment());
        assertEquals(40, times.total());
        assertFalse(times.stillWaiting());
        assertFalse(times.flagged());
    }

    @Test
    void of_shouldCountAcrossAYearEnd() {
        WaitingTimes times = WaitingTimes.of(LocalDate.of(2024, 12, 20), LocalDate.of(2025, 1, 3),
                LocalDate.of(2025, 2, 1), ReferralStatus.DONE, LocalDate.of(2025, 6, 1), FLAG_AFTER);
        assertEquals(14, times.toIntake());
        assertEquals(29, times.toTreatment());
        assertEquals(43, times.total());
        assertTrue(times.flagged());
    }

    @Test
    void of_shouldCountZeroDays_whenEverythingHappensOnTheReferralDay() {
        WaitingTimes times = WaitingTimes.of(REFERRED, REFERRED, REFERRED, ReferralStatus.ACCEPTED, day(5), FLAG_AFTER);
        assertEquals(0, times.toIntake());
        assertEquals(0, times.toTreatment());
        assertEquals(0, times.total());
    }

    @Test
    void of_shouldUseTheTreatmentStartNotToday_forAFinishedReferral() {
        // a DONE referral waited until treatment started, however long ago that was
        WaitingTimes times = WaitingTimes.of(REFERRED, day(10), day(30), ReferralStatus.DONE, day(400), FLAG_AFTER);
        assertEquals(10, times.toIntake());
        assertEquals(20, times.toTreatment());
        assertEquals(30, times.total());
        assertFalse(times.stillWaiting());
    }

    // --- still waiting ---

    @ParameterizedTest
    @EnumSource(value = ReferralStatus.class, names = {"IN_PROGRESS", "ACCEPTED"})
    void of_shouldCountToToday_whenStillWaitingForIntake(ReferralStatus status) {
        WaitingTimes times = WaitingTimes.of(REFERRED, null, null, status, day(20), FLAG_AFTER);
        assertTrue(times.stillWaiting());
        assertEquals(20, times.toIntake());
        // no intake yet, so the intake → treatment stage has not begun
        assertNull(times.toTreatment());
        assertEquals(20, times.total());
        assertFalse(times.flagged());
    }

    @ParameterizedTest
    @EnumSource(value = ReferralStatus.class, names = {"IN_PROGRESS", "ACCEPTED"})
    void of_shouldCountToToday_whenStillWaitingForTreatmentAfterIntake(ReferralStatus status) {
        WaitingTimes times = WaitingTimes.of(REFERRED, day(15), null, status, day(50), FLAG_AFTER);
        assertTrue(times.stillWaiting());
        assertEquals(15, times.toIntake());
        assertEquals(35, times.toTreatment());
        assertEquals(50, times.total());
        assertTrue(times.flagged());
    }

    @ParameterizedTest
    @EnumSource(value = ReferralStatus.class, names = {"IN_PROGRESS", "ACCEPTED"})
    void of_shouldNotBeStillWaiting_whenTreatmentHasStarted(ReferralStatus status) {
        WaitingTimes times = WaitingTimes.of(REFERRED, day(5), day(10), status, day(50), FLAG_AFTER);
        assertFalse(times.stillWaiting());
        assertEquals(10, times.total());
    }

    // --- ended without reaching a stage ---

    @ParameterizedTest
    @EnumSource(value = ReferralStatus.class, names = {"REJECTED", "REVOKED", "DONE"})
    void of_shouldGiveNoNumbers_whenEndedBeforeIntake(ReferralStatus status) {
        // the client is not waiting any more, and no stage was reached: counting to today would
        // make the waiting time grow forever
        WaitingTimes times = WaitingTimes.of(REFERRED, null, null, status, day(300), FLAG_AFTER);
        assertFalse(times.stillWaiting());
        assertNull(times.toIntake());
        assertNull(times.toTreatment());
        assertNull(times.total());
        assertFalse(times.flagged());
    }

    @ParameterizedTest
    @EnumSource(value = ReferralStatus.class, names = {"REJECTED", "REVOKED", "DONE"})
    void of_shouldCountOnlyTheReachedStage_whenEndedAfterIntakeWithoutTreatment(ReferralStatus status) {
        WaitingTimes times = WaitingTimes.of(REFERRED, day(20), null, status, day(300), FLAG_AFTER);
        assertFalse(times.stillWaiting());
        assertEquals(20, times.toIntake());
        assertNull(times.toTreatment());
        assertNull(times.total());
        assertFalse(times.flagged());
    }

    // --- the flag ---

    @Test
    void of_shouldNotFlag_whenTotalEqualsTheThreshold() {
        // "flagged when the total wait exceeds the threshold": 42 is not more than 42
        WaitingTimes times = WaitingTimes.of(REFERRED, day(20), day(42), ReferralStatus.ACCEPTED, day(60), FLAG_AFTER);
        assertEquals(42, times.total());
        assertFalse(times.flagged());
    }

    @Test
    void of_shouldFlag_whenTotalIsOneDayOverTheThreshold() {
        WaitingTimes times = WaitingTimes.of(REFERRED, day(20), day(43), ReferralStatus.ACCEPTED, day(60), FLAG_AFTER);
        assertEquals(43, times.total());
        assertTrue(times.flagged());
    }

    @Test
    void of_shouldNotFlag_whenStillWaiting42DaysToday() {
        WaitingTimes times = WaitingTimes.of(REFERRED, null, null, ReferralStatus.IN_PROGRESS, day(42), FLAG_AFTER);
        assertEquals(42, times.total());
        assertFalse(times.flagged());
    }

    @Test
    void of_shouldFlag_whenStillWaiting43DaysToday() {
        // the point of the flag: a client who is waiting now, not only one who waited in the past
        WaitingTimes times = WaitingTimes.of(REFERRED, null, null, ReferralStatus.IN_PROGRESS, day(43), FLAG_AFTER);
        assertEquals(43, times.total());
        assertTrue(times.flagged());
    }

    @Test
    void of_shouldRespectAnotherThreshold() {
        WaitingTimes times = WaitingTimes.of(REFERRED, day(10), day(29), ReferralStatus.DONE, day(60), 28);
        assertTrue(times.flagged());
        assertFalse(WaitingTimes.of(REFERRED, day(10), day(28), ReferralStatus.DONE, day(60), 28).flagged());
    }
}
