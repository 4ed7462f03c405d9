package nl.gebiedsteam.caseload.task;

/** Why a task exists. */
public enum TaskKind {
    MEASURE_EXPIRING,
    MEASURE_OVERDUE,
    WVGGZ_EXPLORATION
}
