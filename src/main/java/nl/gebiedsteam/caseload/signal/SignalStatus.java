package nl.gebiedsteam.caseload.signal;

/** NEW until someone looks at it; it ends LINKED to a client or closed with NO_ACTION. */
public enum SignalStatus {
    NEW,
    IN_REVIEW,
    LINKED,
    NO_ACTION
}
