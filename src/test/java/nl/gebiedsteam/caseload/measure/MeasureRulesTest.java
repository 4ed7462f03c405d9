package nl.gebiedsteam.caseload.measure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.gebiedsteam.caseload.client.LegalGround;
import nl.gebiedsteam.caseload.client.Purpose;
import nl.gebiedsteam.caseload.shared.BaseEntity;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.SettingKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Validation and expiry rules of the measures register (DOMAIN.md "Coercion and pressure
 * measures"). The register only records decisions made by a court, prosecutor or mayor, so these
 * rules catch typing errors; every rule is tested on both sides of its boundary. "Today" is fixed
 * and passed in, so nothing depends on when the tests run.
 */
class MeasureRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);
    private static final int WINDOW = 60;
    private static final int MAX_DAYS = 183;

    // ids above 127 on purpose: the overlap rule compares a long with a Long, and a reference
    // comparison would only happen to work inside the Long cache (-128..127)
    private static final long TYPE_ID = 1000L;
    private static final long OTHER_TYPE_ID = 2000L;

    private static final LocalDate START = TODAY.minusDays(5);

    private static LocalDate day(int offsetFromStart) {
        return START.plusDays(offsetFromStart);
    }

    /** A type as the migration loads it, with a database id (new entities have none). */
    private static MeasureType type(long id, Integer typicalMaxDays) {
        MeasureType type = new MeasureType("WVGGZ_CARE_AUTHORISATION");
        type.setFacts("Zorgmachtiging", MeasureKind.DWANG, "Wvggz art. 6:4", "Rechter", typicalMaxDays);
        try {
            Field field = BaseEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(type, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return type;
    }

    private static MeasureType type() {
        return type(TYPE_ID, MAX_DAYS);
    }

    /** A complete, plausible entry: decided ten days ago, started five days ago, runs thirty days. */
    private static MeasureForm form() {
        MeasureForm form = new MeasureForm();
        form.setTypeId(TYPE_ID);
        form.setLegalBasis("Wvggz art. 6:4");
        form.setDecidingAuthority("Rechtbank Amsterdam");
        form.setDecisionDate(TODAY.minusDays(10));
        form.setStartDate(START);
        form.setEndDate(day(30));
        form.setLearnedVia(LearnedVia.DECISION_DOCUMENT);
        form.setPurpose(Purpose.CARE_COORDINATION);
        form.setLegalGround(LegalGround.WVGGZ);
        return form;
    }

    private static MeasureRules.Period period(long id, long typeId, LocalDate start, LocalDate end) {
        return new MeasureRules.Period(id, typeId, start, end, null, false);
    }

    private static void validate(MeasureForm form) {
        MeasureRules.validate(form, type(), TODAY, List.of(), null);
    }

    private static void validate(MeasureForm form, Collection<MeasureRules.Period> others,
            MeasureRules.Period extended) {
        MeasureRules.validate(form, type(), TODAY, others, extended);
    }

    private static CaseloadException assertRefused(String key, Executable call) {
        CaseloadException e = assertThrows(CaseloadException.class, call);
        assertEquals(key, e.getMessageKey());
        return e;
    }

    @Test
    void validate_shouldAcceptACompleteEntry() {
        // baseline: every refusal below is caused by the one field the test changes
        assertDoesNotThrow(() -> validate(form()));
    }

    // --- required fields ---

    @Test
    void validate_shouldRefuseRequired_whenTypeIsMissing() {
        assertRefused("measure.required",
                () -> MeasureRules.validate(form(), null, TODAY, List.of(), null));
    }

    static Stream<Arguments> missingRequiredFields() {
        return Stream.of(
                Arguments.of("learnedVia", (Consumer<MeasureForm>) f -> f.setLearnedVia(null)),
                Arguments.of("purpose", (Consumer<MeasureForm>) f -> f.setPurpose(null)),
                Arguments.of("legalGround", (Consumer<MeasureForm>) f -> f.setLegalGround(null)),
                Arguments.of("legalBasis null", (Consumer<MeasureForm>) f -> f.setLegalBasis(null)),
                Arguments.of("legalBasis blank", (Consumer<MeasureForm>) f -> f.setLegalBasis("  ")),
                Arguments.of("decidingAuthority null", (Consumer<MeasureForm>) f -> f.setDecidingAuthority(null)),
                Arguments.of("decidingAuthority blank", (Consumer<MeasureForm>) f -> f.setDecidingAuthority("\t")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("missingRequiredFields")
    void validate_shouldRefuseRequired_whenAFieldIsMissingOrBlank(String field, Consumer<MeasureForm> clear) {
        // purpose and legal ground are privacy rule 1; legal basis and authority make the entry checkable
        MeasureForm form = form();
        clear.accept(form);
        assertRefused("measure.required", () -> validate(form));
    }

    @Test
    void validate_shouldRefuseDatesRequired_whenDecisionDateIsMissing() {
        MeasureForm form = form();
        form.setDecisionDate(null);
        assertRefused("measure.dates.required", () -> validate(form));
    }

    @Test
    void validate_shouldRefuseDatesRequired_whenStartDateIsMissing() {
        MeasureForm form = form();
        form.setStartDate(null);
        assertRefused("measure.dates.required", () -> validate(form));
    }

    @Test
    void validate_shouldRefuseEndDateRequired_whenEndDateIsMissing() {
        // audits flag legal titles without an end date, so it has its own message (DOMAIN.md)
        MeasureForm form = form();
        form.setEndDate(null);
        assertRefused("measure.endDate.required", () -> validate(form));
    }

    @Test
    void validate_shouldAccept_whenReviewDateIsMissing() {
        // the review/extension date is optional
        MeasureForm form = form();
        form.setReviewDate(null);
        assertDoesNotThrow(() -> validate(form));
    }

    // --- decision date ---

    @Test
    void validate_shouldAccept_whenDecisionIsToday() {
        // a measure decided this morning is entered the same day
        MeasureForm form = form();
        form.setDecisionDate(TODAY);
        form.setStartDate(TODAY);
        form.setEndDate(TODAY.plusDays(1));
        assertDoesNotThrow(() -> validate(form));
    }

    @Test
    void validate_shouldRefuseFutureDecision_whenDecisionIsTomorrow() {
        // the register records decisions already taken; a future decision date is a typing error
        MeasureForm form = form();
        form.setDecisionDate(TODAY.plusDays(1));
        form.setStartDate(TODAY.plusDays(1));
        form.setEndDate(TODAY.plusDays(2));
        assertRefused("measure.decision.future", () -> validate(form));
    }

    // --- start against decision ---

    @Test
    void validate_shouldAccept_whenStartIsOnTheDecisionDate() {
        // a crisis measure takes effect the day the mayor decides
        MeasureForm form = form();
        form.setDecisionDate(START);
        assertDoesNotThrow(() -> validate(form));
    }

    @Test
    void validate_shouldRefuseStartBeforeDecision_whenStartIsOneDayBeforeTheDecision() {
        MeasureForm form = form();
        form.setDecisionDate(START.plusDays(1));
        assertRefused("measure.start.beforeDecision", () -> validate(form));
    }

    // --- end against start ---

    @Test
    void validate_shouldAccept_whenEndIsOneDayAfterStart() {
        MeasureForm form = form();
        form.setEndDate(day(1));
        assertDoesNotThrow(() -> validate(form));
    }

    @Test
    void validate_shouldRefuseEndNotAfterStart_whenEndEqualsStart() {
        MeasureForm form = form();
        form.setEndDate(START);
        assertRefused("measure.end.notAfterStart", () -> validate(form));
    }

    @Test
    void validate_shouldRefuseEndNotAfterStart_whenEndIsBeforeStart() {
        MeasureForm form = form();
        form.setEndDate(day(-1));
        assertRefused("measure.end.notAfterStart", () -> validate(form));
    }

    // --- review date ---

    @Test
    void validate_shouldRefuseReviewBeforeStart_whenReviewIsOneDayBeforeStart() {
        MeasureForm form = form();
        form.setReviewDate(day(-1));
        assertRefused("measure.review.beforeStart", () -> validate(form));
    }

    @Test
    void validate_shouldAccept_whenReviewIsOnTheStartDate() {
        MeasureForm form = form();
        form.setReviewDate(START);
        assertDoesNotThrow(() -> validate(form));
    }

    // --- duration against the type's typical maximum ---

    @Test
    void validate_shouldAccept_whenDurationIsExactlyTheTypicalMaximum() {
        MeasureForm form = form();
        form.setEndDate(day(MAX_DAYS));
        assertDoesNotThrow(() -> validate(form));
    }

    @Test
    void validate_shouldAskForConfirmation_whenDurationIsOneDayOverTheTypicalMaximum() {
        // a warning, not a ban: the message shows the entered days and the typical maximum
        MeasureForm form = form();
        form.setEndDate(day(MAX_DAYS + 1));
        CaseloadException e = assertRefused("measure.duration.confirm", () -> validate(form));
        assertArrayEquals(new Object[] {(long) MAX_DAYS + 1, MAX_DAYS}, e.getArguments());
    }

    @Test
    void validate_shouldAccept_whenLongDurationIsConfirmed() {
        // courts may decide longer than typical; the user's confirmation lets it through
        MeasureForm form = form();
        form.setEndDate(day(MAX_DAYS + 1));
        form.setDurationConfirmed(true);
        assertDoesNotThrow(() -> validate(form));
    }

    @Test
    void validate_shouldNeverWarnAboutDuration_whenTypeHasNoTypicalMaximum() {
        // NULL typical_max_days means "set per decision" (e.g. Wzd court authorisation)
        MeasureForm form = form();
        form.setEndDate(day(3650));
        assertDoesNotThrow(() -> MeasureRules.validate(form, type(TYPE_ID, null), TODAY, List.of(), null));
    }

    // --- overlap with the client's other measures ---

    @Test
    void validate_shouldRefuseOverlap_whenSameTypeEndsOnTheNewStart() {
        // end dates are inclusive: sharing one day is two titles of the same type at once
        List<MeasureRules.Period> others = List.of(period(7, TYPE_ID, day(-30), START));
        assertRefused("measure.overlap", () -> validate(form(), others, null));
    }

    @Test
    void validate_shouldAccept_whenSameTypeEndsTheDayBeforeTheNewStart() {
        List<MeasureRules.Period> others = List.of(period(7, TYPE_ID, day(-30), day(-1)));
        assertDoesNotThrow(() -> validate(form(), others, null));
    }

    @Test
    void validate_shouldRefuseOverlap_whenSameTypeStartsOnTheNewEnd() {
        // the mirror boundary: an existing measure that begins on the new measure's last day
        List<MeasureRules.Period> others = List.of(period(7, TYPE_ID, day(30), day(60)));
        assertRefused("measure.overlap", () -> validate(form(), others, null));
    }

    @Test
    void validate_shouldAccept_whenSameTypeStartsTheDayAfterTheNewEnd() {
        List<MeasureRules.Period> others = List.of(period(7, TYPE_ID, day(31), day(60)));
        assertDoesNotThrow(() -> validate(form(), others, null));
    }

    @Test
    void validate_shouldRefuseOverlap_whenSameTypeLiesInsideTheNewPeriod() {
        List<MeasureRules.Period> others = List.of(period(7, TYPE_ID, day(10), day(12)));
        assertRefused("measure.overlap", () -> validate(form(), others, null));
    }

    @Test
    void validate_shouldAccept_whenAnotherTypeOverlaps() {
        // a client can be under a supervision order and a conditional sentence at the same time
        List<MeasureRules.Period> others = List.of(period(7, OTHER_TYPE_ID, day(-30), day(60)));
        assertDoesNotThrow(() -> validate(form(), others, null));
    }

    @Test
    void validate_shouldAccept_whenTheExtendedMeasureOverlapsTheExtension() {
        // an extension may start on the extended measure's end date; that one shared day is not a
        // second title
        MeasureRules.Period extended = period(7, TYPE_ID, day(-30), START);
        assertDoesNotThrow(() -> validate(form(), List.of(extended), extended));
    }

    @Test
    void validate_shouldStillRefuseOverlap_whenExtendingButAnotherSameTypeMeasureOverlaps() {
        // the exemption covers only the measure being extended, not every measure of the type
        MeasureRules.Period extended = period(7, TYPE_ID, day(-30), START);
        MeasureRules.Period unrelated = period(8, TYPE_ID, day(20), day(40));
        assertRefused("measure.overlap", () -> validate(form(), List.of(extended, unrelated), extended));
    }

    // --- extension ---

    @ParameterizedTest
    @EnumSource(MeasureOutcome.class)
    void validate_shouldRefuseExtendEnded_whenExtendedMeasureHasAnOutcome(MeasureOutcome outcome) {
        // a measure that was lifted, converted or ran out cannot be extended any more
        MeasureRules.Period extended = new MeasureRules.Period(7, TYPE_ID, day(-30), day(-1), outcome, false);
        assertRefused("measure.extend.ended", () -> validate(form(), List.of(extended), extended));
    }

    @Test
    void validate_shouldRefuseExtendEnded_whenExtendedMeasureWasAlreadyExtended() {
        // extensions form a chain: the next one extends the latest link, not the original
        MeasureRules.Period extended = new MeasureRules.Period(7, TYPE_ID, day(-30), day(-1), null, true);
        assertRefused("measure.extend.ended", () -> validate(form(), List.of(extended), extended));
    }

    @Test
    void validate_shouldAccept_whenExtensionStartsTheDayAfterTheExtendedEnd() {
        MeasureRules.Period extended = period(7, TYPE_ID, day(-30), day(-1));
        assertDoesNotThrow(() -> validate(form(), List.of(extended), extended));
    }

    @Test
    void validate_shouldRefuseExtendGap_whenExtensionStartsTwoDaysAfterTheExtendedEnd() {
        // a day without a title between the two is exactly what an extension must not leave
        MeasureRules.Period extended = period(7, TYPE_ID, day(-30), day(-2));
        assertRefused("measure.extend.gap", () -> validate(form(), List.of(extended), extended));
    }

    @Test
    void validate_shouldAccept_whenExtensionStartsOnTheExtendedStart() {
        // lower boundary of the gap rule: not before the extended measure's start
        MeasureRules.Period extended = period(7, TYPE_ID, START, day(10));
        assertDoesNotThrow(() -> validate(form(), List.of(extended), extended));
    }

    @Test
    void validate_shouldRefuseExtendGap_whenExtensionStartsBeforeTheExtendedStart() {
        MeasureRules.Period extended = period(7, TYPE_ID, day(1), day(10));
        assertRefused("measure.extend.gap", () -> validate(form(), List.of(extended), extended));
    }

    // --- expiry status ---

    @Test
    void expiryWindow_shouldDefaultTo60Days() {
        // the boundary tests below use the installation default (DOMAIN.md: audits look 60 days ahead)
        assertEquals(WINDOW, SettingKey.MEASURE_EXPIRY_WINDOW_DAYS.defaultValue());
    }

    @ParameterizedTest(name = "end today{0} → {1}")
    @CsvSource({
        "0, EXPIRING", // ends today: still in force today, and about to lapse
        "60, EXPIRING", // last day inside the window
        "61, RUNNING", // first day outside the window
        "-1, OVERDUE", // past its end without an outcome: the client may be without a legal title
    })
    void expiryStatus_shouldFollowTheWindowBoundaries(int endOffset, ExpiryStatus expected) {
        assertEquals(expected, MeasureRules.expiryStatus(TODAY.plusDays(endOffset), null, false, TODAY, WINDOW));
    }

    @ParameterizedTest
    @EnumSource(MeasureOutcome.class)
    void expiryStatus_shouldBeEnded_whenThereIsAnOutcomeEvenIfTheEndIsPast(MeasureOutcome outcome) {
        // once the outcome is recorded the measure must leave the overdue list
        assertEquals(ExpiryStatus.ENDED, MeasureRules.expiryStatus(TODAY.minusDays(1), outcome, false, TODAY, WINDOW));
    }

    @Test
    void expiryStatus_shouldBeEnded_whenThereIsAnOutcomeAndTheEndIsInsideTheWindow() {
        // a measure lifted early is not "expiring" any more
        assertEquals(ExpiryStatus.ENDED,
                MeasureRules.expiryStatus(TODAY.plusDays(10), MeasureOutcome.LIFTED_EARLY, false, TODAY, WINDOW));
    }

    @Test
    void expiryStatus_shouldBeEnded_whenExtendedEvenIfTheEndIsPast() {
        // the extension carries on the title; the extended measure needs no more attention
        assertEquals(ExpiryStatus.ENDED, MeasureRules.expiryStatus(TODAY.minusDays(1), null, true, TODAY, WINDOW));
    }

    @ParameterizedTest(name = "window 30, end today+{0} → {1}")
    @CsvSource({
        "30, EXPIRING",
        "31, RUNNING",
        "45, RUNNING", // would be EXPIRING under the default window of 60
    })
    void expiryStatus_shouldRespectAConfiguredWindow(int endOffset, ExpiryStatus expected) {
        assertEquals(expected, MeasureRules.expiryStatus(TODAY.plusDays(endOffset), null, false, TODAY, 30));
    }
}
