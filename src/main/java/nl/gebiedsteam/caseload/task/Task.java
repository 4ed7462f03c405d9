package nl.gebiedsteam.caseload.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import nl.gebiedsteam.caseload.shared.BaseEntity;

/**
 * Work with a due date, about one client and one source record (a measure or a Wvggz report).
 * There is at most one task per kind and source, ever, which makes creating tasks idempotent.
 */
@Entity
@Table(name = "task")
@NamedQuery(name = "Task.findOpenBySource", query = "SELECT t FROM Task t WHERE t.kind IN :kinds "
        + "AND t.sourceId = :sourceId AND t.status = nl.gebiedsteam.caseload.task.TaskStatus.OPEN")
@NamedQuery(name = "Task.reassignOpen", query = "UPDATE Task t SET t.ownerId = :to WHERE t.clientId = :client "
        + "AND t.status = nl.gebiedsteam.caseload.task.TaskStatus.OPEN")
public class Task extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "area_team_id", nullable = false, updatable = false)
    private long teamId;

    @Column(name = "owner_worker_id")
    private Long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    private TaskKind kind;

    @Column(name = "source_id", nullable = false, updatable = false)
    private long sourceId;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(nullable = false, updatable = false)
    private boolean restricted;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private TaskStatus status = TaskStatus.OPEN;

    @Column(name = "done_at")
    private LocalDateTime doneAt;

    @Column(name = "done_by", length = 64)
    private String doneBy;

    @Column(name = "done_note", length = 1000)
    private String doneNote;

    protected Task() {
    }

    public Task(long clientId, long teamId, Long ownerId, TaskKind kind, long sourceId, LocalDate dueDate,
            boolean restricted) {
        this.clientId = clientId;
        this.teamId = teamId;
        this.ownerId = ownerId;
        this.kind = kind;
        this.sourceId = sourceId;
        this.dueDate = dueDate;
        this.restricted = restricted;
    }

    public void complete(LocalDateTime at, String by, String note) {
        status = TaskStatus.DONE;
        doneAt = at;
        doneBy = by;
        doneNote = note;
    }

    public long getClientId() {
        return clientId;
    }

    public long getTeamId() {
        return teamId;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public TaskKind getKind() {
        return kind;
    }

    public long getSourceId() {
        return sourceId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public boolean isRestricted() {
        return restricted;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public String getDoneNote() {
        return doneNote;
    }
}
