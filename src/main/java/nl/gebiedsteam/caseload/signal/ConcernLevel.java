package nl.gebiedsteam.caseload.signal;

/** How worried the reporter or the team is, as the team triages it. */
public enum ConcernLevel {
    LOW,
    MODERATE,
    HIGH,
    ACUTE
}
