package nl.gebiedsteam.caseload.client;

/** The legal ground for processing (GDPR art. 6/9 with the Dutch sector law that gives the task). */
public enum LegalGround {
    WMO_2015,
    JEUGDWET,
    WVGGZ,
    WZD,
    CONSENT
}
