package nl.gebiedsteam.caseload.client;

/** Where the client stands; later derived from the support pathway. */
public enum ClientStatus {
    REGISTERED,
    ACTIVE,
    AFTERCARE,
    CLOSED
}
