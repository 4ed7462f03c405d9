package nl.gebiedsteam.caseload.pathway;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.gebiedsteam.caseload.client.LegalGround;
import nl.gebiedsteam.caseload.client.Purpose;

/**
 * A pathway as the file page shows it, with what the caller may do with it now. {@code nextDue}
 * is the earliest of the plan's review date and the aftercare review date; {@code hasDraftPlan}
 * says the newest plan version is a draft that can be offered for approval; {@code maySetWeight} says
 * the caller is the team lead who may weigh it (issue 25).
 */
public record PathwayView(long id, long version, PathwayStatus status, LocalDate startDate, LocalDate endDate,
        boolean repeatRequest, String teamName, String responsibleName, Purpose purpose, LegalGround legalGround,
        ApprovalKind pendingApproval, LocalDateTime approvalRequestedAt, String approvalRequestedBy,
        String sentBackComment, ClosureOutcome closureOutcome, ClosureDetail closureDetail, String closureNote,
        LocalDate aftercareReviewDate, LocalDate nextDue, List<PathwayStatus> directTargets, boolean mayApprove,
        boolean hasDraftPlan, PathwayWeight weight, boolean maySetWeight)
        implements Serializable {

    public boolean isOpen() {
        return status.isOpen();
    }

    public boolean canMoveTo(PathwayStatus target) {
        return directTargets.contains(target);
    }

    public boolean mayRequestClosure() {
        return status.isOpen() && pendingApproval == null;
    }
}
