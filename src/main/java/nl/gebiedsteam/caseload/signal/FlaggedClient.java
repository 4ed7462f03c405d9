package nl.gebiedsteam.caseload.signal;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A client of the team with an open combined-observations flag. */
public record FlaggedClient(long clientId, String name, String responsibleName, LocalDateTime raisedAt, String detail)
        implements Serializable {
}
