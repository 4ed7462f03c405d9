package nl.gebiedsteam.caseload.pathway;

/** Where a goal of the support plan stands. */
public enum GoalStatus {
    OPEN,
    ACHIEVED,
    PARTLY,
    NOT_ACHIEVED,
    DROPPED
}
