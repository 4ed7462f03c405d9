package nl.gebiedsteam.caseload.review;

/**
 * The figures on the team lead's overview. Each one is defined once, as a condition on the
 * team's open pathways or on the team's clients, and both its count and its drill-down list are
 * built from that same condition, so a number and the list behind it can never disagree.
 */
public enum OverviewMetric {
    OPEN_PATHWAYS,
    NO_RECENT_CONTACT,
    REVIEW_OVERDUE,
    AWAITING_APPROVAL,
    REFERRAL_WAITING,
    MEASURE_EXPIRING,
    TASK_OVERDUE,
    UNASSIGNED_CLIENTS,
    UNLINKED_SIGNALS
}
