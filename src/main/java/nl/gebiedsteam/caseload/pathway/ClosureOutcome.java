package nl.gebiedsteam.caseload.pathway;

/** First level of the closure reason: the CBS youth-care split. */
public enum ClosureOutcome {
    COMPLETED_AS_PLANNED,
    ENDED_EARLY
}
