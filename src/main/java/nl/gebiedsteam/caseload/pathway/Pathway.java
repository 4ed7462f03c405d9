package nl.gebiedsteam.caseload.pathway;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import nl.gebiedsteam.caseload.client.Client;
import nl.gebiedsteam.caseload.client.LegalGround;
import nl.gebiedsteam.caseload.client.Purpose;
import nl.gebiedsteam.caseload.shared.VoidableEntity;
import nl.gebiedsteam.caseload.worker.AreaTeam;
import nl.gebiedsteam.caseload.worker.Worker;

/**
 * A support pathway (traject): the unit the annual report counts. A client has at most one open
 * pathway at a time (a generated unique column in the database backs this up); a later one is a
 * repeat request.
 */
@Entity
@Table(name = "pathway")
@NamedQuery(name = "Pathway.findByClient",
        query = "SELECT p FROM Pathway p WHERE p.client.id = :clientId AND p.voided = FALSE ORDER BY p.startDate DESC, p.id DESC")
@NamedQuery(name = "Pathway.findOpenByClient",
        query = "SELECT p FROM Pathway p WHERE p.client.id = :clientId AND p.voided = FALSE "
                + "AND p.status <> nl.gebiedsteam.caseload.pathway.PathwayStatus.CLOSED")
@NamedQuery(name = "Pathway.reassignOpen", query = "UPDATE Pathway p SET p.responsible = :to "
        + "WHERE p.client.id = :client AND p.status <> nl.gebiedsteam.caseload.pathway.PathwayStatus.CLOSED")
@NamedQuery(name = "Pathway.countByClient",
        query = "SELECT COUNT(p) FROM Pathway p WHERE p.client.id = :clientId AND p.voided = FALSE")
public class Pathway extends VoidableEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id", nullable = false, updatable = false)
    private Client client;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_team_id", nullable = false)
    private AreaTeam team;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "responsible_worker_id")
    private Worker responsible;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PathwayStatus status = PathwayStatus.REGISTERED;

    @Column(name = "repeat_request", nullable = false)
    private boolean repeatRequest;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Purpose purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_ground", nullable = false, length = 32)
    private LegalGround legalGround;

    @Enumerated(EnumType.STRING)
    @Column(name = "pending_approval", length = 16)
    private ApprovalKind pendingApproval;

    @Column(name = "approval_requested_at")
    private LocalDateTime approvalRequestedAt;

    @Column(name = "approval_requested_by", length = 64)
    private String approvalRequestedBy;

    @Column(name = "sent_back_comment", length = 1000)
    private String sentBackComment;

    @Enumerated(EnumType.STRING)
    @Column(name = "closure_outcome", length = 24)
    private ClosureOutcome closureOutcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "closure_detail", length = 32)
    private ClosureDetail closureDetail;

    @Column(name = "closure_note", length = 1000)
    private String closureNote;

    @Column(name = "aftercare_review_date")
    private LocalDate aftercareReviewDate;

    /** How heavily the pathway counts in its caseworker's caseload; set by the team lead. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private PathwayWeight weight = PathwayWeight.MEDIUM;

    protected Pathway() {
    }

    Pathway(Client client, AreaTeam team, Worker responsible, LocalDate startDate, boolean repeatRequest,
            Purpose purpose, LegalGround legalGround) {
        this.client = client;
        this.team = team;
        this.responsible = responsible;
        this.startDate = startDate;
        this.repeatRequest = repeatRequest;
        this.purpose = purpose;
        this.legalGround = legalGround;
    }

    void requestApproval(ApprovalKind kind, LocalDateTime at, String by) {
        pendingApproval = kind;
        approvalRequestedAt = at;
        approvalRequestedBy = by;
    }

    void clearApproval(String sentBack) {
        pendingApproval = null;
        approvalRequestedAt = null;
        approvalRequestedBy = null;
        sentBackComment = sentBack;
    }

    void close(LocalDate on, ClosureOutcome outcome, ClosureDetail detail, String note) {
        status = PathwayStatus.CLOSED;
        endDate = on;
        closureOutcome = outcome;
        closureDetail = detail;
        closureNote = note;
    }

    /** The requested closure reason waits on the pathway until the team lead decides. */
    void proposeClosure(ClosureOutcome outcome, ClosureDetail detail, String note) {
        closureOutcome = outcome;
        closureDetail = detail;
        closureNote = note;
    }

    void withdrawClosureProposal() {
        proposeClosure(null, null, null);
    }

    /** The previous closure stays readable in the transition history. */
    void reopen() {
        status = PathwayStatus.REOPENED;
        endDate = null;
        closureOutcome = null;
        closureDetail = null;
        closureNote = null;
    }

    public Client getClient() {
        return client;
    }

    public AreaTeam getTeam() {
        return team;
    }

    public Worker getResponsible() {
        return responsible;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public PathwayStatus getStatus() {
        return status;
    }

    void setStatus(PathwayStatus status) {
        this.status = status;
    }

    public boolean isRepeatRequest() {
        return repeatRequest;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public LegalGround getLegalGround() {
        return legalGround;
    }

    public ApprovalKind getPendingApproval() {
        return pendingApproval;
    }

    public LocalDateTime getApprovalRequestedAt() {
        return approvalRequestedAt;
    }

    public String getApprovalRequestedBy() {
        return approvalRequestedBy;
    }

    public String getSentBackComment() {
        return sentBackComment;
    }

    public ClosureOutcome getClosureOutcome() {
        return closureOutcome;
    }

    public ClosureDetail getClosureDetail() {
        return closureDetail;
    }

    public String getClosureNote() {
        return closureNote;
    }

    public PathwayWeight getWeight() {
        return weight;
    }

    void setWeight(PathwayWeight weight) {
        this.weight = weight;
    }

    public LocalDate getAftercareReviewDate() {
        return aftercareReviewDate;
    }

    void setAftercareReviewDate(LocalDate aftercareReviewDate) {
        this.aftercareReviewDate = aftercareReviewDate;
    }

}
