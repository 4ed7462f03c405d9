package nl.gebiedsteam.caseload.pathway;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.gebiedsteam.caseload.shared.BaseEntity;

/**
 * One version of a pathway's support plan. A draft is edited in place; changing an agreed plan
 * starts a new draft version (a copy), and when that is approved the old one is superseded, so
 * every version that was ever agreed stays readable.
 */
@Entity
@Table(name = "support_plan")
@NamedQuery(name = "SupportPlan.findByPathway",
        query = "SELECT p FROM SupportPlan p WHERE p.pathwayId = :pathwayId ORDER BY p.planNumber DESC")
public class SupportPlan extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "pathway_id", nullable = false, updatable = false)
    private long pathwayId;

    @Column(name = "plan_number", nullable = false, updatable = false)
    private int planNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PlanStatus status = PlanStatus.DRAFT;

    @Column(length = 2000)
    private String summary;

    @Column(name = "review_date")
    private LocalDate reviewDate;

    @Column(name = "client_agreed_on")
    private LocalDate clientAgreedOn;

    @Column(name = "approved_at")
    private LocalDateTime approvedAt;

    @Column(name = "approved_by", length = 64)
    private String approvedBy;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Goal> goals = new ArrayList<>();

    protected SupportPlan() {
    }

    SupportPlan(long pathwayId, int planNumber) {
        this.pathwayId = pathwayId;
        this.planNumber = planNumber;
    }

    /** A new draft version carrying this version's content forward. */
    SupportPlan revise() {
        SupportPlan next = new SupportPlan(pathwayId, planNumber + 1);
        next.summary = summary;
        next.reviewDate = reviewDate;
        for (Goal goal : goals) {
            next.goals.add(new Goal(next, goal.getPosition(), goal.getDescription(), goal.getStatus(),
                    goal.getActions(), goal.getOwner()));
        }
        return next;
    }

    void approve(LocalDateTime at, String by) {
        status = PlanStatus.AGREED;
        approvedAt = at;
        approvedBy = by;
    }

    void supersede() {
        status = PlanStatus.SUPERSEDED;
    }

    public long getPathwayId() {
        return pathwayId;
    }

    public int getPlanNumber() {
        return planNumber;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public String getSummary() {
        return summary;
    }

    void setSummary(String summary) {
        this.summary = summary;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    void setReviewDate(LocalDate reviewDate) {
        this.reviewDate = reviewDate;
    }

    public LocalDate getClientAgreedOn() {
        return clientAgreedOn;
    }

    void setClientAgreedOn(LocalDate clientAgreedOn) {
        this.clientAgreedOn = clientAgreedOn;
    }

    public LocalDateTime getApprovedAt() {
        return approvedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public List<Goal> getGoals() {
        return goals;
    }
}
