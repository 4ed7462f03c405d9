package nl.gebiedsteam.caseload.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDateTime;

/**
 * A record of client data that is voided with a reason instead of deleted (STYLE.md rule 6): it
 * leaves every list but stays in the database for the access log, the privacy officer and the
 * retention procedure.
 */
@MappedSuperclass
public abstract class VoidableEntity extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false)
    private boolean voided;

    @Column(name = "voided_at")
    private LocalDateTime voidedAt;

    @Column(name = "voided_by", length = 64)
    private String voidedBy;

    @Column(name = "void_reason", length = 500)
    private String voidReason;

    public void markVoided(LocalDateTime at, String by, String reason) {
        voided = true;
        voidedAt = at;
        voidedBy = by;
        voidReason = reason;
    }

    public boolean isVoided() {
        return voided;
    }

    public LocalDateTime getVoidedAt() {
        return voidedAt;
    }

    public String getVoidedBy() {
        return voidedBy;
    }

    public String getVoidReason() {
        return voidReason;
    }
}
