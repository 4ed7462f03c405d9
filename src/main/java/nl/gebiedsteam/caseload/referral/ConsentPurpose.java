package nl.gebiedsteam.caseload.referral;

/** What the client consented to share data for. */
public enum ConsentPurpose {
    REFERRAL,
    CASE_CONFERENCE,
    INFORMATION_REQUEST
}
