package nl.gebiedsteam.caseload.pathway.web;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import nl.gebiedsteam.caseload.client.LegalGround;
import nl.gebiedsteam.caseload.client.Purpose;
import nl.gebiedsteam.caseload.client.web.ClientFileChanged;
import nl.gebiedsteam.caseload.pathway.ClosureDetail;
import nl.gebiedsteam.caseload.pathway.ClosureOutcome;
import nl.gebiedsteam.caseload.pathway.PathwayService;
import nl.gebiedsteam.caseload.pathway.PathwayStatus;
import nl.gebiedsteam.caseload.pathway.PathwayView;
import nl.gebiedsteam.caseload.pathway.PathwayWeight;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.web.Messages;
import org.omnifaces.cdi.ViewScoped;

/**
 * /client/view.xhtml, the pathway section: the current pathway with what the caller may do next,
 * including a team lead's approval. Every action goes through {@link PathwayService}, which checks
 * scope and workflow again; the buttons shown are only a convenience. A step changes the client's
 * status, so the header is told to reload.
 */
@Named
@ViewScoped
public class FilePathwayBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PathwayService pathwayService;

    @Inject
    Event<ClientFileChanged> fileChanged;

    private long clientId;
    private PathwayView pathway;

    private LocalDate startDate;
    private Purpose startPurpose;
    private LegalGround startLegalGround;
    private String comment;
    private LocalDate aftercareReviewDate;
    private ClosureOutcome closureOutcome;
    private ClosureDetail closureDetail;
    private String closureNote;
    private String decisionComment;
    private PathwayWeight weight;

    /** The client's purpose and legal ground prefill the form that opens a new pathway. */
    public void load(long clientId, Purpose purpose, LegalGround legalGround) {
        this.clientId = clientId;
        pathway = pathwayService.current(clientId).orElse(null);
        weight = pathway == null ? null : pathway.weight();
        startDate = LocalDate.now(Times.DISPLAY_ZONE);
        startPurpose = purpose;
        startLegalGround = legalGround;
    }

    public void openPathway() {
        if (run(() -> pathwayService.open(clientId, startDate, startPurpose, startLegalGround))) {
            Messages.info("pathway.opened");
        }
    }

    public void move(PathwayStatus to) {
        if (run(() -> pathwayService.move(pathway.id(), pathway.version(), to, comment,
                aftercareReviewDate))) {
            comment = null;
            Messages.info("pathway.moved", Messages.text("pathwayStatus." + to));
        }
    }

    public void requestPlanApproval() {
        if (run(() -> pathwayService.requestPlanApproval(pathway.id(), pathway.version()))) {
            Messages.info("pathway.approvalRequested");
        }
    }

    public void requestClosure() {
        if (run(() -> pathwayService.requestClosure(pathway.id(), pathway.version(), closureOutcome,
                closureDetail, closureNote))) {
            Messages.info("pathway.approvalRequested");
        }
    }

    public void approve() {
        if (run(() -> pathwayService.approve(pathway.id(), pathway.version(), decisionComment))) {
            decisionComment = null;
            Messages.info("pathway.approved");
        }
    }

    public void sendBack() {
        if (run(() -> pathwayService.sendBack(pathway.id(), pathway.version(), decisionComment))) {
            decisionComment = null;
            Messages.info("pathway.sentBack");
        }
    }

    /** The team lead weighs the pathway for the caseload norms; a refusal shows next to the choice. */
    public void saveWeight() {
        try {
            pathwayService.setWeight(pathway.id(), pathway.version(), weight);
        } catch (CaseloadException e) {
            Messages.error("weightForm:weight", e);
            return;
        }
        pathway = pathwayService.current(clientId).orElse(null);
        Messages.info("pathway.weight.saved");
    }

    /** Runs an action; a refusal becomes a message and the input stays; success reloads the file. */
    private boolean run(Runnable action) {
        if (!Messages.attempt(action)) {
            return false;
        }
        fileChanged.fire(new ClientFileChanged(clientId));
        pathway = pathwayService.current(clientId).orElse(null);
        return true;
    }

    public boolean isTeamLeadDecision() {
        return pathway != null && pathway.pendingApproval() != null && pathway.mayApprove();
    }

    public boolean isMayRequestPlanApproval() {
        return pathway != null && pathway.isOpen() && pathway.pendingApproval() == null && pathway.hasDraftPlan();
    }

    public boolean isMayOpenPathway() {
        return pathway == null || !pathway.isOpen();
    }

    public PathwayWeight[] getWeights() {
        return PathwayWeight.values();
    }

    public PathwayWeight getWeight() {
        return weight;
    }

    public void setWeight(PathwayWeight weight) {
        this.weight = weight;
    }

    public Purpose[] getPurposes() {
        return Purpose.values();
    }

    public LegalGround[] getLegalGrounds() {
        return LegalGround.values();
    }

    public ClosureOutcome[] getClosureOutcomes() {
        return ClosureOutcome.values();
    }

    public ClosureDetail[] getClosureDetails() {
        return ClosureDetail.values();
    }

    public PathwayView getPathway() {
        return pathway;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public Purpose getStartPurpose() {
        return startPurpose;
    }

    public void setStartPurpose(Purpose startPurpose) {
        this.startPurpose = startPurpose;
    }

    public LegalGround getStartLegalGround() {
        return startLegalGround;
    }

    public void setStartLegalGround(LegalGround startLegalGround) {
        this.startLegalGround = startLegalGround;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public LocalDate getAftercareReviewDate() {
        return aftercareReviewDate;
    }

    public void setAftercareReviewDate(LocalDate aftercareReviewDate) {
        this.aftercareReviewDate = aftercareReviewDate;
    }

    public ClosureOutcome getClosureOutcome() {
        return closureOutcome;
    }

    public void setClosureOutcome(ClosureOutcome closureOutcome) {
        this.closureOutcome = closureOutcome;
    }

    public ClosureDetail getClosureDetail() {
        return closureDetail;
    }

    public void setClosureDetail(ClosureDetail closureDetail) {
        this.closureDetail = closureDetail;
    }

    public String getClosureNote() {
        return closureNote;
    }

    public void setClosureNote(String closureNote) {
        this.closureNote = closureNote;
    }

    public String getDecisionComment() {
        return decisionComment;
    }

    public void setDecisionComment(String decisionComment) {
        this.decisionComment = decisionComment;
    }
}
