package nl.gebiedsteam.caseload.contact;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A contact as listed on the file. */
public record ContactRow(long id, long version, LocalDateTime occurredLocal, ContactKind kind, int durationMinutes,
        String note, String createdBy) implements Serializable {
}
