package nl.gebiedsteam.caseload.review;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A client recently assigned to me, by whom, from whom and why. */
public record RecentAssignment(long clientId, String name, String fromName, String assignedBy, String reason,
        LocalDateTime assignedAt) implements Serializable {
}
