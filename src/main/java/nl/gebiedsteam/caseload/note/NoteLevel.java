package nl.gebiedsteam.caseload.note;

/** Who may read a journal note, besides nobody outside the client's team. */
public enum NoteLevel {
    /** The client's team. */
    TEAM,
    /** The responsible caseworker (regisseur) and the team lead. */
    RESPONSIBLE,
    /** As {@link #RESPONSIBLE}, and it protects a reporter: kept out of a subject-access answer unless the privacy officer releases it. */
    CONFIDENTIAL;

    /** Whether only the responsible caseworker and the team lead may read notes of this level. */
    public boolean isRestricted() {
        return this != TEAM;
    }
}
