package nl.gebiedsteam.caseload.audit;

public enum Outcome {
    SUCCESS,
    DENIED,
    ERROR
}
