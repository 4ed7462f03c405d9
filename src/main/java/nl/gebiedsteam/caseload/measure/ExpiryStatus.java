package nl.gebiedsteam.caseload.measure;

/** Where a measure stands against its end date: running, ending within the window, or past its end without an outcome. */
public enum ExpiryStatus {
    RUNNING,
    EXPIRING,
    OVERDUE,
    ENDED
}
