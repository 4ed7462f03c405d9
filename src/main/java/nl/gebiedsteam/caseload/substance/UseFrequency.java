package nl.gebiedsteam.caseload.substance;

/** How often the substance is used now. */
public enum UseFrequency {
    DAILY,
    SEVERAL_TIMES_A_WEEK,
    WEEKLY,
    MONTHLY,
    LESS_THAN_MONTHLY,
    NOT_IN_LAST_MONTH,
    UNKNOWN
}
