package nl.gebiedsteam.caseload.pathway;

import static nl.gebiedsteam.caseload.pathway.ClosureOutcome.COMPLETED_AS_PLANNED;
import static nl.gebiedsteam.caseload.pathway.ClosureOutcome.ENDED_EARLY;
import static nl.gebiedsteam.caseload.pathway.PathwayStatus.ACTIVE;
import static nl.gebiedsteam.caseload.pathway.PathwayStatus.AFTERCARE;
import static nl.gebiedsteam.caseload.pathway.PathwayStatus.CLOSED;
import static nl.gebiedsteam.caseload.pathway.PathwayStatus.ESCALATED;
import static nl.gebiedsteam.caseload.pathway.PathwayStatus.INTAKE;
import static nl.gebiedsteam.caseload.pathway.PathwayStatus.PLAN_AGREED;
import static nl.gebiedsteam.caseload.pathway.PathwayStatus.PLAN_DRAFT;
import static nl.gebiedsteam.caseload.pathway.PathwayStatus.REGISTERED;
import static nl.gebiedsteam.caseload.pathway.PathwayStatus.REOPENED;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pathway state machine of DOMAIN.md plus the documented early-closure addition. The allowed
 * transitions are written out here by hand, on purpose independent of the production map: a test
 * that derived its expectations from {@code PathwayWorkflow} would agree with any mistake in it.
 */
class PathwayWorkflowTest {

    /** "from → to" pairs the workflow must allow; every other ordered pair must be refused. */
    private static final Set<String> ALLOWED = Set.of(
            // main line: REGISTERED → INTAKE → PLAN_DRAFT → PLAN_AGREED → ACTIVE ⇄ ESCALATED → AFTERCARE → CLOSED,
            // read as: escalation is a loop beside ACTIVE, and either of the two goes on to aftercare
            "REGISTERED->INTAKE",
            "INTAKE->PLAN_DRAFT",
            "PLAN_DRAFT->PLAN_AGREED",
            "PLAN_AGREED->ACTIVE",
            "ACTIVE->ESCALATED",
            "ESCALATED->ACTIVE",
            "ACTIVE->AFTERCARE",
            "ESCALATED->AFTERCARE",
            "AFTERCARE->CLOSED",
            // reopening: CLOSED → REOPENED → ACTIVE
            "CLOSED->REOPENED",
            "REOPENED->ACTIVE",
            // the documented addition: every open status may be closed early
            "REGISTERED->CLOSED",
            "INTAKE->CLOSED",
            "PLAN_DRAFT->CLOSED",
            "PLAN_AGREED->CLOSED",
            "ACTIVE->CLOSED",
            "ESCALATED->CLOSED",
            "REOPENED->CLOSED");

    /** All 81 ordered pairs, self-transitions included, each with whether it must be allowed. */
    static Stream<Arguments> allPairs() {
        List<Arguments> pairs = new ArrayList<>();
        for (PathwayStatus from : PathwayStatus.values()) {
            for (PathwayStatus to : PathwayStatus.values()) {
                pairs.add(Arguments.of(from, to, ALLOWED.contains(from.name() + "->" + to.name())));
            }
        }
        return pairs.stream();
    }

    @Test
    void allPairs_shouldCoverEveryOrderedPairAndEveryListedTransition() {
        // guards the test itself: a typo in ALLOWED would otherwise silently turn into "refused"
        assertEquals(81, allPairs().count());
        assertEquals(ALLOWED.size(), allPairs().filter(a -> (boolean) a.get()[2]).count());
    }

    @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
    @MethodSource("allPairs")
    void isAllowed_shouldMatchTheDocumentedWorkflow_forEveryPair(PathwayStatus from, PathwayStatus to,
            boolean allowed) {
        assertEquals(allowed, PathwayWorkflow.isAllowed(from, to), from + " -> " + to);
    }

    @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
    @MethodSource("allPairs")
    void check_shouldPassAllowedPairsAndRefuseOthersNamingBothStatuses(PathwayStatus from, PathwayStatus to,
            boolean allowed) {
        if (allowed) {
            assertDoesNotThrow(() -> PathwayWorkflow.check(from, to), from + " -> " + to);
        } else {
            CaseloadException e = assertThrows(CaseloadException.class, () -> PathwayWorkflow.check(from, to),
                    from + " -> " + to);
            assertEquals("pathway.transition.illegal", e.getMessageKey());
            // the message must say which move was refused, so both statuses are its arguments
            assertArrayEquals(new Object[] {from.name(), to.name()}, e.getArguments());
        }
    }

    @ParameterizedTest
    @EnumSource(PathwayStatus.class)
    void requiresApproval_shouldBeTrueOnlyForPlanAgreedAndClosed(PathwayStatus to) {
        // DOMAIN.md: the team lead approves plans and closures, nothing else
        assertEquals(to == PLAN_AGREED || to == CLOSED, PathwayWorkflow.requiresApproval(to), to.name());
    }

    @ParameterizedTest
    @EnumSource(PathwayStatus.class)
    void directTargets_shouldNeverOfferTheStatusesThatNeedApproval(PathwayStatus from) {
        // a caseworker's buttons may only request these, never enter them
        Set<PathwayStatus> targets = PathwayWorkflow.directTargets(from);
        assertFalse(targets.contains(PLAN_AGREED), from.name());
        assertFalse(targets.contains(CLOSED), from.name());
    }

    @ParameterizedTest
    @EnumSource(PathwayStatus.class)
    void directTargets_shouldBeTheAllowedTransitionsWithoutApproval(PathwayStatus from) {
        Set<PathwayStatus> expected = EnumSet.noneOf(PathwayStatus.class);
        for (PathwayStatus to : PathwayStatus.values()) {
            if (ALLOWED.contains(from.name() + "->" + to.name()) && to != PLAN_AGREED && to != CLOSED) {
                expected.add(to);
            }
        }
        assertEquals(expected, PathwayWorkflow.directTargets(from), from.name());
    }

    @Test
    void directTargets_shouldOfferEscalationAndAftercareFromActive() {
        assertEquals(EnumSet.of(ESCALATED, AFTERCARE), PathwayWorkflow.directTargets(ACTIVE));
    }

    @Test
    void directTargets_shouldBeEmpty_whenTheOnlyWayOnNeedsApproval() {
        // PLAN_DRAFT can only go to PLAN_AGREED (or be closed): both are team-lead decisions
        assertTrue(PathwayWorkflow.directTargets(PLAN_DRAFT).isEmpty());
        assertTrue(PathwayWorkflow.directTargets(AFTERCARE).isEmpty());
    }

    // --- closure ---

    @Test
    void checkClosure_shouldAcceptCompletedAsPlanned_fromAftercare() {
        assertDoesNotThrow(() -> PathwayWorkflow.checkClosure(AFTERCARE, COMPLETED_AS_PLANNED, ClosureDetail.GOALS_MET));
    }

    @ParameterizedTest
    @EnumSource(value = PathwayStatus.class, names = {"REGISTERED", "INTAKE", "PLAN_DRAFT", "PLAN_AGREED",
        "ACTIVE", "ESCALATED", "REOPENED"})
    void checkClosure_shouldRefuseCompletedAsPlanned_fromAnyOpenStatusButAftercare(PathwayStatus from) {
        assertRefused("pathway.closure.plannedOnlyFromAftercare",
                () -> PathwayWorkflow.checkClosure(from, COMPLETED_AS_PLANNED, ClosureDetail.GOALS_MET));
    }

    @ParameterizedTest
    @EnumSource(value = PathwayStatus.class, names = "CLOSED", mode = EnumSource.Mode.EXCLUDE)
    void checkClosure_shouldAcceptEndedEarly_fromEveryOpenStatus(PathwayStatus from) {
        // people leave at any phase; that is what the early-closure addition is for
        assertDoesNotThrow(() -> PathwayWorkflow.checkClosure(from, ENDED_EARLY, ClosureDetail.CLIENT_WITHDREW));
    }

    @Test
    void checkClosure_shouldRefuseClosingAClosedPathwayAsIllegalTransition() {
        CaseloadException e = assertThrows(CaseloadException.class,
                () -> PathwayWorkflow.checkClosure(CLOSED, ENDED_EARLY, ClosureDetail.MOVED_AWAY));
        assertEquals("pathway.transition.illegal", e.getMessageKey());
        assertArrayEquals(new Object[] {"CLOSED", "CLOSED"}, e.getArguments());
    }

    @Test
    void checkClosure_shouldRefuseClosingAClosedPathwayAsIllegal_evenWithCompletedAsPlanned() {
        assertRefused("pathway.transition.illegal",
                () -> PathwayWorkflow.checkClosure(CLOSED, COMPLETED_AS_PLANNED, ClosureDetail.GOALS_MET));
    }

    @Test
    void checkClosure_shouldRequireAnOutcome() {
        assertRefused("pathway.closure.reasonRequired",
                () -> PathwayWorkflow.checkClosure(AFTERCARE, null, ClosureDetail.GOALS_MET));
    }

    @Test
    void checkClosure_shouldRequireADetail() {
        assertRefused("pathway.closure.reasonRequired",
                () -> PathwayWorkflow.checkClosure(AFTERCARE, COMPLETED_AS_PLANNED, null));
        assertRefused("pathway.closure.reasonRequired",
                () -> PathwayWorkflow.checkClosure(ACTIVE, ENDED_EARLY, null));
    }

    @Test
    void checkClosure_shouldRequireBothLevels_whenBothAreMissing() {
        assertRefused("pathway.closure.reasonRequired", () -> PathwayWorkflow.checkClosure(ACTIVE, null, null));
    }

    /** Which outcomes each detail may go with, written out literally (ClosureDetail's Javadoc). */
    static Stream<Arguments> detailsAndOutcomes() {
        return Stream.of(
                Arguments.of(ClosureDetail.GOALS_MET, COMPLETED_AS_PLANNED, true),
                Arguments.of(ClosureDetail.GOALS_MET, ENDED_EARLY, false),
                Arguments.of(ClosureDetail.REFERRED_TO_SPECIALISED_CARE, COMPLETED_AS_PLANNED, true),
                Arguments.of(ClosureDetail.REFERRED_TO_SPECIALISED_CARE, ENDED_EARLY, true),
                Arguments.of(ClosureDetail.TRANSFERRED, COMPLETED_AS_PLANNED, true),
                Arguments.of(ClosureDetail.TRANSFERRED, ENDED_EARLY, true),
                Arguments.of(ClosureDetail.CLIENT_WITHDREW, COMPLETED_AS_PLANNED, false),
                Arguments.of(ClosureDetail.CLIENT_WITHDREW, ENDED_EARLY, true),
                Arguments.of(ClosureDetail.MOVED_AWAY, COMPLETED_AS_PLANNED, false),
                Arguments.of(ClosureDetail.MOVED_AWAY, ENDED_EARLY, true),
                Arguments.of(ClosureDetail.DECEASED, COMPLETED_AS_PLANNED, false),
                Arguments.of(ClosureDetail.DECEASED, ENDED_EARLY, true),
                Arguments.of(ClosureDetail.LOST_CONTACT, COMPLETED_AS_PLANNED, false),
                Arguments.of(ClosureDetail.LOST_CONTACT, ENDED_EARLY, true));
    }

    @Test
    void detailsAndOutcomes_shouldCoverEveryCombination() {
        assertEquals(ClosureDetail.values().length * ClosureOutcome.values().length, detailsAndOutcomes().count());
    }

    @ParameterizedTest(name = "{0} with {1} fits: {2}")
    @MethodSource("detailsAndOutcomes")
    void checkClosure_shouldAcceptOnlyDetailsThatFitTheOutcome(ClosureDetail detail, ClosureOutcome outcome,
            boolean fits) {
        // from AFTERCARE both outcomes are possible, so only the detail/outcome pairing decides
        if (fits) {
            assertDoesNotThrow(() -> PathwayWorkflow.checkClosure(AFTERCARE, outcome, detail));
        } else {
            assertRefused("pathway.closure.detailMismatch",
                    () -> PathwayWorkflow.checkClosure(AFTERCARE, outcome, detail));
        }
        assertEquals(fits, detail.fits(outcome));
    }

    @Test
    void checkClosure_shouldRefuseGoalsMetAsEarlyEnding_fromActive() {
        assertRefused("pathway.closure.detailMismatch",
                () -> PathwayWorkflow.checkClosure(ACTIVE, ENDED_EARLY, ClosureDetail.GOALS_MET));
    }

    @Test
    void checkClosure_shouldAcceptReferralAsEarlyEnding_fromIntake() {
        assertDoesNotThrow(
                () -> PathwayWorkflow.checkClosure(INTAKE, ENDED_EARLY, ClosureDetail.REFERRED_TO_SPECIALISED_CARE));
    }

    private static void assertRefused(String key, Executable call) {
        CaseloadException e = assertThrows(CaseloadException.class, call);
        assertEquals(key, e.getMessageKey());
    }
}
