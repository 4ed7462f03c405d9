package nl.gebiedsteam.caseload.document;

/** What a document on the file is. */
public enum DocumentKind {
    /** Beschikking. */
    DECISION,
    /** Rechterlijke uitspraak. */
    COURT_RULING,
    /** Toestemmingsformulier. */
    CONSENT_FORM,
    /** Brief. */
    LETTER,
    /** Rapportage van een partner. */
    PARTNER_REPORT,
    OTHER
}
