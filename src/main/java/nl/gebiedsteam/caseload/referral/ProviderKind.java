package nl.gebiedsteam.caseload.referral;

/** What kind of organisation a referral provider is. */
public enum ProviderKind {
    ADDICTION_CARE,
    MENTAL_HEALTH,
    YOUTH_CARE,
    YOUTH_PROTECTION,
    PROBATION,
    SOCIAL_SERVICES,
    OTHER
}
