package nl.gebiedsteam.caseload.pathway;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A goal of one plan version; it is versioned with its plan, which carries the lock. */
@Entity
@Table(name = "plan_goal")
public class Goal implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "support_plan_id", nullable = false, updatable = false)
    private SupportPlan plan;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 1000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private GoalStatus status;

    @Column(length = 2000)
    private String actions;

    @Column(length = 150)
    private String owner;

    protected Goal() {
    }

    Goal(SupportPlan plan, int position, String description, GoalStatus status, String actions, String owner) {
        this.plan = plan;
        this.position = position;
        this.description = description;
        this.status = status;
        this.actions = actions;
        this.owner = owner;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getDescription() {
        return description;
    }

    public GoalStatus getStatus() {
        return status;
    }

    public String getActions() {
        return actions;
    }

    public String getOwner() {
        return owner;
    }
}
