package nl.gebiedsteam.caseload.measure;

import java.io.Serializable;
import java.time.LocalDate;

/** A line of the team's list of measures that expire or have expired without an outcome. */
public record ExpiringMeasure(long measureId, long clientId, String clientName, String responsibleName,
        String typeName, LocalDate endDate, long daysLeft) implements Serializable {

    public boolean isOverdue() {
        return daysLeft < 0;
    }
}
