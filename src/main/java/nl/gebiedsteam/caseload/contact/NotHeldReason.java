package nl.gebiedsteam.caseload.contact;

/** Why an appointment did not happen. */
public enum NotHeldReason {
    CANCELLED_BY_CLIENT,
    CANCELLED_BY_WORKER,
    NO_SHOW
}
