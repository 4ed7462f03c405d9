package nl.gebiedsteam.caseload.review;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A plan or closure waiting for the team lead, with what the file page needs to decide on it. */
public record ApprovalRequest(long pathwayId, long version, long clientId, String clientName, String kind,
        String status, String closureOutcome, String closureDetail, String requestedBy, LocalDateTime requestedAt)
        implements Serializable {
}
