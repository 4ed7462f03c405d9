package nl.gebiedsteam.caseload.contact;

import java.io.Serializable;
import java.time.LocalDateTime;

/** An appointment as an agenda lists it: with the client's name and initials and the worker's name. */
public record AgendaRow(long id, long version, LocalDateTime startsLocal, int durationMinutes, PlannedKind kind,
        String place, PlannedStatus status, NotHeldReason notHeldReason, long clientId, String clientName,
        String clientInitials, long workerId, String workerName) implements Serializable {

    public LocalDateTime endsLocal() {
        return startsLocal.plusMinutes(durationMinutes);
    }

    /** Still planned although it has ended: to be marked as held or not held. */
    public boolean isOverdue(LocalDateTime now) {
        return status == PlannedStatus.PLANNED && endsLocal().isBefore(now);
    }
}
