package nl.gebiedsteam.caseload.pathway;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan as edited on the page. {@code planId} is the draft being edited, or null when saving
 * starts a new version on top of the agreed plan {@code basedOnId} (read at {@code version}).
 */
public class PlanForm extends PathwayPartForm {

    private static final long serialVersionUID = 1L;

    private Long planId;
    private Long basedOnId;
    private long version;
    private int planNumber;
    private String summary;
    private LocalDate reviewDate;
    private LocalDate clientAgreedOn;
    private final List<GoalForm> goals = new ArrayList<>();

    public GoalForm addGoal() {
        GoalForm goal = new GoalForm();
        goal.setStatus(GoalStatus.OPEN);
        goals.add(goal);
        return goal;
    }

    /** One goal row of the form. */
    public static class GoalForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String description;
        private GoalStatus status;
        private String actions;
        private String owner;

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public GoalStatus getStatus() {
            return status;
        }

        public void setStatus(GoalStatus status) {
            this.status = status;
        }

        public String getActions() {
            return actions;
        }

        public void setActions(String actions) {
            this.actions = actions;
        }

        public String getOwner() {
            return owner;
        }

        public void setOwner(String owner) {
            this.owner = owner;
        }
    }

    public Long getPlanId() {
        return planId;
    }

    public void setPlanId(Long planId) {
        this.planId = planId;
    }

    public Long getBasedOnId() {
        return basedOnId;
    }

    public void setBasedOnId(Long basedOnId) {
        this.basedOnId = basedOnId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public int getPlanNumber() {
        return planNumber;
    }

    public void setPlanNumber(int planNumber) {
        this.planNumber = planNumber;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public void setReviewDate(LocalDate reviewDate) {
        this.reviewDate = reviewDate;
    }

    public LocalDate getClientAgreedOn() {
        return clientAgreedOn;
    }

    public void setClientAgreedOn(LocalDate clientAgreedOn) {
        this.clientAgreedOn = clientAgreedOn;
    }

    public List<GoalForm> getGoals() {
        return goals;
    }
}
