package nl.gebiedsteam.caseload.measure;

/** How a measure ended. */
public enum MeasureOutcome {
    ENDED_BY_TERM,
    LIFTED_EARLY,
    CONVERTED,
    EXTENDED,
    UNKNOWN
}
