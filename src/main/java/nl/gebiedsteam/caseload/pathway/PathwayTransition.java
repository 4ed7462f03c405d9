package nl.gebiedsteam.caseload.pathway;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/** One status change or approval step: who, when, from, to, and why. Written once (a trigger refuses changes). */
@Entity
@Table(name = "pathway_transition")
@NamedQuery(name = "PathwayTransition.findByPathway",
        query = "SELECT t FROM PathwayTransition t WHERE t.pathwayId = :pathwayId ORDER BY t.occurredAt DESC, t.id DESC")
public class PathwayTransition implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "pathway_id", nullable = false, updatable = false)
    private long pathwayId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 24)
    private TransitionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false, length = 16)
    private PathwayStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false, length = 16)
    private PathwayStatus toStatus;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(name = "worker_id", updatable = false)
    private Long workerId;

    @Column(name = "worker_login", nullable = false, updatable = false, length = 64)
    private String workerLogin;

    @Column(updatable = false, length = 1000)
    private String comment;

    protected PathwayTransition() {
    }

    PathwayTransition(long pathwayId, TransitionKind kind, PathwayStatus fromStatus, PathwayStatus toStatus,
            LocalDateTime occurredAt, Long workerId, String workerLogin, String comment) {
        this.pathwayId = pathwayId;
        this.kind = kind;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.occurredAt = occurredAt;
        this.workerId = workerId;
        this.workerLogin = workerLogin;
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }

    public TransitionKind getKind() {
        return kind;
    }

    public PathwayStatus getFromStatus() {
        return fromStatus;
    }

    public PathwayStatus getToStatus() {
        return toStatus;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getWorkerLogin() {
        return workerLogin;
    }

    public String getComment() {
        return comment;
    }
}
