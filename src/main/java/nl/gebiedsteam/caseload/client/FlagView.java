package nl.gebiedsteam.caseload.client;

import java.io.Serializable;
import java.time.LocalDateTime;

/** An open flag as the file header shows it. */
public record FlagView(long id, long version, FlagKind kind, LocalDateTime raisedAt, String detail)
        implements Serializable {
}
