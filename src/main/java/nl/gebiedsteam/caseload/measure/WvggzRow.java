package nl.gebiedsteam.caseload.measure;

import java.io.Serializable;
import java.time.LocalDate;

/** A Wvggz report as listed, with the day its exploratory investigation must be decided. */
public record WvggzRow(long id, long version, LocalDate receivedOn, String reporter, String summary,
        WvggzDecision decision, LocalDate decidedOn, LocalDate dueOn, boolean overdue) implements Serializable {
}
