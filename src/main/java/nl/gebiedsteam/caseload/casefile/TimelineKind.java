package nl.gebiedsteam.caseload.casefile;

/** What a line on the client's timeline is about. */
public enum TimelineKind {
    SIGNAL,
    TRANSITION,
    INTAKE,
    PLAN,
    CONTACT,
    REFERRAL,
    /** A journal note, with its level; notes of a restricted level only for those who may read them. */
    NOTE,
    /** A document, on its own date; one that belongs to a measure only for those who may read measures. */
    DOCUMENT
}
