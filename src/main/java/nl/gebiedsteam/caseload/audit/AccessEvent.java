package nl.gebiedsteam.caseload.audit;

/**
 * What happened, NEN 7513 style, with its action code: C(reate), R(ead), U(pdate), D(elete/void),
 * E(xecute) for events that are not about one record's content.
 */
public enum AccessEvent {
    CREATE('C'),
    READ('R'),
    UPDATE('U'),
    VOID('D'),
    SEARCH('E'),
    /** An aggregate report was generated (no client). */
    REPORT('E'),
    EXPORT('E'),
    PRINT('E'),
    MERGE('U'),
    TRANSFER('U'),
    BREAK_GLASS('R'),
    CONSENT_OVERRIDE('E'),
    LOG_READ('R'),
    LOGIN('E'),
    LOGIN_FAILED('E'),
    LOCKOUT('E'),
    LOGOUT('E'),
    ACCESS_DENIED('E');

    private final char actionCode;

    AccessEvent(char actionCode) {
        this.actionCode = actionCode;
    }

    public char actionCode() {
        return actionCode;
    }
}
