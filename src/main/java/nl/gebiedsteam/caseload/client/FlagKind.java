package nl.gebiedsteam.caseload.client;

/** Why a client is flagged. */
public enum FlagKind {
    COMBINED_OBSERVATIONS,
    MEASURE_EXPIRING,
    MEASURE_OVERDUE
}
