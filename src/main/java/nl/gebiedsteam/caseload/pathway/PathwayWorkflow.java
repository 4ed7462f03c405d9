package nl.gebiedsteam.caseload.pathway;

import static nl.gebiedsteam.caseload.pathway.PathwayStatus.ACTIVE;
import static nl.gebiedsteam.caseload.pathway.PathwayStatus.AFTERCARE;
import static nl.gebiedsteam.caseload.pathway.PathwayStatus.CLOSED;
import static nl.gebiedsteam.caseload.pathway.PathwayStatus.ESCALATED;
import static nl.gebiedsteam.caseload.pathway.PathwayStatus.INTAKE;
import static nl.gebiedsteam.caseload.pathway.PathwayStatus.PLAN_AGREED;
import static nl.gebiedsteam.caseload.pathway.PathwayStatus.PLAN_DRAFT;
import static nl.gebiedsteam.caseload.pathway.PathwayStatus.REGISTERED;
import static nl.gebiedsteam.caseload.pathway.PathwayStatus.REOPENED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.gebiedsteam.caseload.shared.CaseloadException;

/**
 * The pathway state machine of DOMAIN.md:
 * {@code REGISTERED → INTAKE → PLAN_DRAFT → PLAN_AGREED → ACTIVE ⇄ ESCALATED → AFTERCARE → CLOSED},
 * {@code CLOSED → REOPENED → ACTIVE}. Escalation is a loop beside ACTIVE: both ACTIVE and
 * ESCALATED go on to AFTERCARE, as the arrow after ESCALATED says.
 *
 * <p>One addition, because people leave a pathway at any phase: a pathway that is open in any
 * status may be closed <em>ended early</em> (client withdrew, moved away, died, lost contact),
 * which the CBS split "ended early" exists for. "Completed as planned" is only possible from
 * aftercare. Entering PLAN_AGREED and CLOSED always needs a team lead's approval.
 */
public final class PathwayWorkflow {

    private static final Map<PathwayStatus, Set<PathwayStatus>> MAIN_LINE = new EnumMap<>(PathwayStatus.class);

    static {
        MAIN_LINE.put(REGISTERED, EnumSet.of(INTAKE));
        MAIN_LINE.put(INTAKE, EnumSet.of(PLAN_DRAFT));
        MAIN_LINE.put(PLAN_DRAFT, EnumSet.of(PLAN_AGREED));
        MAIN_LINE.put(PLAN_AGREED, EnumSet.of(ACTIVE));
        MAIN_LINE.put(ACTIVE, EnumSet.of(ESCALATED, AFTERCARE));
        MAIN_LINE.put(ESCALATED, EnumSet.of(ACTIVE, AFTERCARE));
        MAIN_LINE.put(AFTERCARE, EnumSet.of(CLOSED));
        MAIN_LINE.put(CLOSED, EnumSet.of(REOPENED));
        MAIN_LINE.put(REOPENED, EnumSet.of(ACTIVE));
    }

    private PathwayWorkflow() {
    }

    /** Whether the workflow allows going from one status to the other at all. */
    public static boolean isAllowed(PathwayStatus from, PathwayStatus to) {
        return MAIN_LINE.get(from).contains(to) || (to == CLOSED && from.isOpen());
    }

    /** Entering these statuses is a team lead's decision, requested by the caseworker. */
    public static boolean requiresApproval(PathwayStatus to) {
        return to == PLAN_AGREED || to == CLOSED;
    }

    /** The statuses a caseworker can move to directly from here (the buttons on the file). */
    public static Set<PathwayStatus> directTargets(PathwayStatus from) {
        Set<PathwayStatus> targets = EnumSet.noneOf(PathwayStatus.class);
        for (PathwayStatus to : PathwayStatus.values()) {
            if (isAllowed(from, to) && !requiresApproval(to)) {
                targets.add(to);
            }
        }
        return targets;
    }

    /** Refuses a transition the workflow does not have, naming both statuses. */
    public static void check(PathwayStatus from, PathwayStatus to) {
        if (!isAllowed(from, to)) {
            throw new CaseloadException("pathway.transition.illegal", from.name(), to.name());
        }
    }

    /** Refuses a closure reason that does not fit the phase or the two-level reason list. */
    public static void checkClosure(PathwayStatus from, ClosureOutcome outcome, ClosureDetail detail) {
        check(from, CLOSED);
        if (outcome == null || detail == null) {
            throw new CaseloadException("pathway.closure.reasonRequired");
        }
        if (outcome == ClosureOutcome.COMPLETED_AS_PLANNED && from != AFTERCARE) {
            throw new CaseloadException("pathway.closure.plannedOnlyFromAftercare");
        }
        if (!detail.fits(outcome)) {
            throw new CaseloadException("pathway.closure.detailMismatch");
        }
    }
}
