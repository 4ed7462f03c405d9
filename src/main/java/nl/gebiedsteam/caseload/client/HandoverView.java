package nl.gebiedsteam.caseload.client;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A handover as the new caseworker reads it. */
public record HandoverView(long assignmentId, String fromWorker, String assignedBy, LocalDateTime assignedAtUtc,
        String reason, String handover) implements Serializable {
}
