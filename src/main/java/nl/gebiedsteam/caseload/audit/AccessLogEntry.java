package nl.gebiedsteam.caseload.audit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One line of the append-only access log. Deliberately not a {@code BaseEntity}: it is never
 * updated (a database trigger refuses UPDATE and DELETE), has no version, and refers to workers
 * and clients by id without foreign keys so that destroying a file after its retention period
 * leaves the log intact. The hash columns are reserved for the tamper-evident chain.
 */
@Entity
@Table(name = "access_log")
@NamedQuery(name = "AccessLogEntry.findByClient",
        query = "SELECT e FROM AccessLogEntry e WHERE e.clientId = :clientId ORDER BY e.id DESC")
public class AccessLogEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    private AccessEvent event;

    @Column(name = "action_code", nullable = false, length = 1, updatable = false)
    private String actionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Outcome outcome;

    @Column(name = "worker_id", updatable = false)
    private Long workerId;

    @Column(name = "worker_login", length = 64, updatable = false)
    private String workerLogin;

    @Column(name = "worker_roles", length = 100, updatable = false)
    private String workerRoles;

    @Column(name = "team_id", updatable = false)
    private Long teamId;

    @Column(name = "on_behalf_of_id", updatable = false)
    private Long onBehalfOfId;

    @Column(name = "client_ip", length = 45, updatable = false)
    private String clientIp;

    @Column(name = "client_id", updatable = false)
    private Long clientId;

    @Column(name = "object_type", length = 40, updatable = false)
    private String objectType;

    @Column(length = 16, updatable = false)
    private String sensitivity;

    @Column(length = 500, updatable = false)
    private String reason;

    @Column(length = 1000, updatable = false)
    private String detail;

    /** The clients a list read showed, so that each finds this access in their own log. */
    @ElementCollection
    @CollectionTable(name = "access_log_shown", joinColumns = @JoinColumn(name = "access_log_id"))
    @Column(name = "client_id", updatable = false)
    private Set<Long> shownClientIds = new LinkedHashSet<>();

    /**
     * SHA-256 of the shown clients' ids, which the database hashes into the chain (db/V013) so that
     * the list in access_log_shown cannot change unseen. Left out, the trigger writes the digest of none.
     */
    @Column(name = "shown_digest", length = 64, updatable = false)
    private String shownDigest;

    protected AccessLogEntry() {
    }

    AccessLogEntry(LocalDateTime occurredAt, AccessEvent event, Outcome outcome) {
        this.occurredAt = occurredAt;
        this.event = event;
        this.actionCode = String.valueOf(event.actionCode());
        this.outcome = outcome;
    }

    void setActor(Long workerId, String workerLogin, String workerRoles, Long teamId) {
        this.workerId = workerId;
        this.workerLogin = workerLogin;
        this.workerRoles = workerRoles;
        this.teamId = teamId;
    }

    void setClientIp(String clientIp) {
        this.clientIp = clientIp;
    }

    void setSubject(Long clientId, String objectType, String sensitivity) {
        this.clientId = clientId;
        this.objectType = objectType;
        this.sensitivity = sensitivity;
    }

    void setOnBehalfOfId(Long onBehalfOfId) {
        this.onBehalfOfId = onBehalfOfId;
    }

    void setReason(String reason) {
        this.reason = reason;
    }

    void setDetail(String detail) {
        this.detail = detail;
    }

    void setShownClientIds(Collection<Long> clientIds) {
        shownClientIds = new LinkedHashSet<>(clientIds);
        shownDigest = AccessLogChain.shownDigest(shownClientIds);
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public AccessEvent getEvent() {
        return event;
    }

    public String getActionCode() {
        return actionCode;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public Long getWorkerId() {
        return workerId;
    }

    public String getWorkerLogin() {
        return workerLogin;
    }

    public String getWorkerRoles() {
        return workerRoles;
    }

    public Long getTeamId() {
        return teamId;
    }

    public Long getOnBehalfOfId() {
        return onBehalfOfId;
    }

    public String getClientIp() {
        return clientIp;
    }

    public Long getClientId() {
        return clientId;
    }

    public String getObjectType() {
        return objectType;
    }

    public String getSensitivity() {
        return sensitivity;
    }

    public String getReason() {
        return reason;
    }

    public String getDetail() {
        return detail;
    }
}
