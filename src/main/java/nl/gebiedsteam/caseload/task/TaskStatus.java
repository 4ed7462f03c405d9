package nl.gebiedsteam.caseload.task;

/** A task is open until someone marks it done with a note. */
public enum TaskStatus {
    OPEN,
    DONE
}
