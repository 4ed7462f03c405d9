package nl.gebiedsteam.caseload.client;

/** Why the municipality processes this person's data (GDPR art. 5(1)(b), DOMAIN.md privacy rule 1). */
public enum Purpose {
    ADDICTION_SUPPORT,
    SIGNAL_FOLLOW_UP,
    CARE_COORDINATION,
    WVGGZ_EXPLORATION
}
