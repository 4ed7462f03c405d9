package nl.gebiedsteam.caseload.contact;

/** How the contact took place. */
public enum ContactKind {
    CONVERSATION,
    HOME_VISIT,
    PHONE,
    VIDEO,
    PARTNER_CONSULTATION
}
