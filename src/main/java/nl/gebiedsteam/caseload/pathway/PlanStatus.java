package nl.gebiedsteam.caseload.pathway;

/** A plan version is a DRAFT until the team lead approves it; an approved revision SUPERSEDES the previous one. */
public enum PlanStatus {
    DRAFT,
    AGREED,
    SUPERSEDED
}
