package nl.gebiedsteam.caseload.pathway;

/** A status change, or a step in an approval. */
public enum TransitionKind {
    TRANSITION,
    APPROVAL_REQUESTED,
    APPROVED,
    SENT_BACK
}
