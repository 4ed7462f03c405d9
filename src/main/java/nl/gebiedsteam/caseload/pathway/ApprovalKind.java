package nl.gebiedsteam.caseload.pathway;

/** What a caseworker asked the team lead to approve. */
public enum ApprovalKind {
    PLAN,
    CLOSURE
}
