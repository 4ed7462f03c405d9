package nl.gebiedsteam.caseload.signal;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A signal in a list. For a linked signal {@code person} is the client's name; for an unlinked one
 * it is the partial identification the reporter gave.
 */
public record SignalRow(long id, long version, SignalSource source, LocalDateTime receivedLocal, ConcernLevel concernLevel,
        SignalStatus status, String summary, Long clientId, String person, Integer personApproxAge, String personSchool,
        String personArea, String reporter, boolean reporterAnonymous, String followUp, long waitingDays,
        LocalDateTime statusChangedAt, String statusChangedBy)
        implements Serializable {
}
