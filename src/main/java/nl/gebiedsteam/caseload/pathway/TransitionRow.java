package nl.gebiedsteam.caseload.pathway;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One line of a pathway's history. */
public record TransitionRow(TransitionKind kind, PathwayStatus fromStatus, PathwayStatus toStatus,
        LocalDateTime occurredAt, String workerLogin, String comment) implements Serializable {
}
