package nl.gebiedsteam.caseload.referral;

/** Where a referral stands at the provider. */
public enum ReferralStatus {
    IN_PROGRESS,
    ACCEPTED,
    REJECTED,
    DONE,
    REVOKED
}
