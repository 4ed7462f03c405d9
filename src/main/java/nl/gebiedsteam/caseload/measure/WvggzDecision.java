package nl.gebiedsteam.caseload.measure;

/** The municipality's decision after the exploratory investigation of a Wvggz report. */
public enum WvggzDecision {
    REQUEST_PROSECUTOR,
    NO_REQUEST
}
