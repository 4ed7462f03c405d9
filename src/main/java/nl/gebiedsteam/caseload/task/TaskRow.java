package nl.gebiedsteam.caseload.task;

import java.io.Serializable;
import java.time.LocalDate;

/** An open task as listed: overdue when its due date has passed. */
public record TaskRow(long id, long version, TaskKind kind, long clientId, String clientName, String ownerName,
        LocalDate dueDate, boolean overdue) implements Serializable {
}
