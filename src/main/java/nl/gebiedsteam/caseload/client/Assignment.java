package nl.gebiedsteam.caseload.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One (re)assignment of a client to a caseworker: who moved it, from whom, to whom, why, and the
 * handover for the new caseworker. Written once; only the moment the handover was read is added later.
 */
@Entity
@Table(name = "assignment")
public class Assignment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "area_team_id", nullable = false, updatable = false)
    private long teamId;

    @Column(name = "from_worker_id", updatable = false)
    private Long fromWorkerId;

    @Column(name = "to_worker_id", nullable = false, updatable = false)
    private long toWorkerId;

    @Column(nullable = false, updatable = false, length = 500)
    private String reason;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private LocalDateTime assignedAt;

    @Column(name = "assigned_by", nullable = false, updatable = false, length = 64)
    private String assignedBy;

    @Column(updatable = false, length = Reassignment.HANDOVER_MAX)
    private String handover;

    @Column(name = "handover_read_at")
    private LocalDateTime handoverReadAt;

    protected Assignment() {
    }

    Assignment(long clientId, long teamId, Long fromWorkerId, long toWorkerId, String reason, String handover,
            LocalDateTime assignedAt, String assignedBy) {
        this.clientId = clientId;
        this.teamId = teamId;
        this.fromWorkerId = fromWorkerId;
        this.toWorkerId = toWorkerId;
        this.reason = reason;
        this.handover = handover;
        this.assignedAt = assignedAt;
        this.assignedBy = assignedBy;
    }

    public Long getId() {
        return id;
    }

    public long getClientId() {
        return clientId;
    }

    public Long getFromWorkerId() {
        return fromWorkerId;
    }

    public long getToWorkerId() {
        return toWorkerId;
    }

    public String getReason() {
        return reason;
    }

    public String getHandover() {
        return handover;
    }

    public LocalDateTime getAssignedAt() {
        return assignedAt;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public LocalDateTime getHandoverReadAt() {
        return handoverReadAt;
    }

    void markHandoverRead(LocalDateTime at) {
        handoverReadAt = at;
    }
}
