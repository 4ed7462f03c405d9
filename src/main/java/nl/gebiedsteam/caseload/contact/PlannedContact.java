package nl.gebiedsteam.caseload.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import nl.gebiedsteam.caseload.shared.BaseEntity;

/**
 * An appointment with a client in one worker's agenda. It is never deleted: it ends as held (and
 * then points at the contact it became) or as not held, with a reason.
 */
@Entity
@Table(name = "planned_contact")
public class PlannedContact extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "worker_id", nullable = false)
    private long workerId;

    /** Dutch wall-clock time the appointment starts. */
    @Column(name = "starts_local", nullable = false)
    private LocalDateTime startsLocal;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private PlannedKind kind;

    @Column(length = 200)
    private String place;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PlannedStatus status = PlannedStatus.PLANNED;

    @Enumerated(EnumType.STRING)
    @Column(name = "not_held_reason", length = 24)
    private NotHeldReason notHeldReason;

    @Column(name = "contact_id")
    private Long contactId;

    protected PlannedContact() {
    }

    PlannedContact(long clientId, long workerId, LocalDateTime startsLocal, int durationMinutes, PlannedKind kind,
            String place) {
        this.clientId = clientId;
        this.workerId = workerId;
        change(startsLocal, durationMinutes, kind, place);
    }

    void change(LocalDateTime startsLocal, int durationMinutes, PlannedKind kind, String place) {
        this.startsLocal = startsLocal;
        this.durationMinutes = durationMinutes;
        this.kind = kind;
        this.place = place;
    }

    void held(long contactId) {
        this.status = PlannedStatus.HELD;
        this.contactId = contactId;
    }

    void notHeld(NotHeldReason reason) {
        this.status = PlannedStatus.NOT_HELD;
        this.notHeldReason = reason;
    }

    public long getClientId() {
        return clientId;
    }

    public long getWorkerId() {
        return workerId;
    }

    public LocalDateTime getStartsLocal() {
        return startsLocal;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public PlannedKind getKind() {
        return kind;
    }

    public String getPlace() {
        return place;
    }

    public PlannedStatus getStatus() {
        return status;
    }

    public NotHeldReason getNotHeldReason() {
        return notHeldReason;
    }

    public Long getContactId() {
        return contactId;
    }
}
