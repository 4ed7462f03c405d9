package nl.gebiedsteam.caseload.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import nl.gebiedsteam.caseload.shared.BaseEntity;

/** A visible flag on a client, open until a worker resolves it with a note (who and why stay on record). */
@Entity
@Table(name = "client_flag")
@NamedQuery(name = "ClientFlag.findOpenByClient", query = "SELECT f FROM ClientFlag f WHERE f.clientId = :clientId "
        + "AND f.resolvedAt IS NULL ORDER BY f.raisedAt")
@NamedQuery(name = "ClientFlag.findOpenByClientAndKind", query = "SELECT f FROM ClientFlag f "
        + "WHERE f.clientId = :clientId AND f.kind = :kind AND f.resolvedAt IS NULL")
public class ClientFlag extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    private FlagKind kind;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private LocalDateTime raisedAt;

    @Column(length = 500)
    private String detail;

    @Column(name = "resolved_at")
    private LocalDateTime resolvedAt;

    @Column(name = "resolved_by", length = 64)
    private String resolvedBy;

    @Column(length = 500)
    private String resolution;

    protected ClientFlag() {
    }

    public ClientFlag(long clientId, FlagKind kind, LocalDateTime raisedAt, String detail) {
        this.clientId = clientId;
        this.kind = kind;
        this.raisedAt = raisedAt;
        this.detail = detail;
    }

    void resolve(LocalDateTime at, String by, String note) {
        resolvedAt = at;
        resolvedBy = by;
        resolution = note;
    }

    public long getClientId() {
        return clientId;
    }

    public FlagKind getKind() {
        return kind;
    }

    public LocalDateTime getRaisedAt() {
        return raisedAt;
    }

    public String getDetail() {
        return detail;
    }

    public LocalDateTime getResolvedAt() {
        return resolvedAt;
    }
}
