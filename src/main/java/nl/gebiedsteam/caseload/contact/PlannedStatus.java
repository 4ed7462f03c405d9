package nl.gebiedsteam.caseload.contact;

/** Where an appointment stands: still to come (or to be dealt with), happened, or did not happen. */
public enum PlannedStatus {
    PLANNED,
    HELD,
    NOT_HELD
}
