package nl.gebiedsteam.caseload.worker;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gebiedsteam.caseload.shared.BaseEntity;
import nl.gebiedsteam.caseload.shared.identity.Role;

/**
 * A change to a worker that waits for a second administrator (four eyes): a guarded role
 * (kind ACCESS, with the worker's complete new state) or a password reset of a worker who has such
 * access (kind PASSWORD; the password is made up only when the change is approved). It applies only
 * to the worker version it was requested against.
 */
@Entity
@Table(name = "worker_change")
@NamedQuery(name = "WorkerChange.findPending",
        query = "SELECT c FROM WorkerChange c JOIN FETCH c.worker JOIN FETCH c.requestedBy "
                + "WHERE c.status = nl.gebiedsteam.caseload.worker.WorkerChange.Status.PENDING ORDER BY c.requestedAt")
@NamedQuery(name = "WorkerChange.countPendingFor",
        query = "SELECT COUNT(c) FROM WorkerChange c WHERE c.worker.id = :worker "
                + "AND c.status = nl.gebiedsteam.caseload.worker.WorkerChange.Status.PENDING")
public class WorkerChange extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        ACCESS,
        PASSWORD
    }

    public enum Status {
        PENDING,
        APPROVED,
        REJECTED,
        WITHDRAWN,
        /** Not decided within {@link WorkerService#PENDING_DAYS} days, or the one who asked lost the authority. */
        LAPSED
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "worker_id")
    private Worker worker;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Column(name = "worker_version", nullable = false)
    private long workerVersion;

    @Column(name = "display_name", length = 150)
    private String displayName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "area_team_id")
    private AreaTeam team;

    @Column(length = 200)
    private String roles;

    private Boolean active;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.PENDING;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requested_by_id")
    private Worker requestedBy;

    @Column(name = "requested_at", nullable = false)
    private LocalDateTime requestedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by_id")
    private Worker decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    protected WorkerChange() {
    }

    static WorkerChange access(Worker worker, String displayName, AreaTeam team, Set<Role> roles, boolean active,
            Worker requestedBy, LocalDateTime now) {
        WorkerChange change = new WorkerChange(Kind.ACCESS, worker, requestedBy, now);
        change.displayName = displayName;
        change.team = team;
        change.roles = roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        change.active = active;
        return change;
    }

    static WorkerChange password(Worker worker, Worker requestedBy, LocalDateTime now) {
        return new WorkerChange(Kind.PASSWORD, worker, requestedBy, now);
    }

    private WorkerChange(Kind kind, Worker worker, Worker requestedBy, LocalDateTime now) {
        this.kind = kind;
        this.worker = worker;
        this.workerVersion = worker.getVersion();
        this.requestedBy = requestedBy;
        this.requestedAt = now;
    }

    void decide(Status outcome, Worker by, LocalDateTime now) {
        status = outcome;
        decidedBy = by;
        decidedAt = now;
    }

    public Set<Role> getRoles() {
        return roles == null || roles.isBlank() ? EnumSet.noneOf(Role.class)
                : Arrays.stream(roles.split(",")).map(Role::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public Worker getWorker() {
        return worker;
    }

    public Kind getKind() {
        return kind;
    }

    public long getWorkerVersion() {
        return workerVersion;
    }

    public String getDisplayName() {
        return displayName;
    }

    public AreaTeam getTeam() {
        return team;
    }

    public boolean isActive() {
        return Boolean.TRUE.equals(active);
    }

    public Status getStatus() {
        return status;
    }

    public Worker getRequestedBy() {
        return requestedBy;
    }

    public LocalDateTime getRequestedAt() {
        return requestedAt;
    }

    public Worker getDecidedBy() {
        return decidedBy;
    }
}
