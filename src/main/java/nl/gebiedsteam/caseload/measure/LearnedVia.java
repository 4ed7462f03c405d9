package nl.gebiedsteam.caseload.measure;

/** How the team learned of the measure. */
public enum LearnedVia {
    DECISION_DOCUMENT,
    PROSECUTOR,
    COURT,
    PROBATION,
    POLICE,
    MAYOR,
    CARE_PROVIDER,
    CLIENT,
    OTHER
}
