package nl.gebiedsteam.caseload.shared;

import jakarta.ejb.ApplicationException;

/** A refusal: the caller's role or scope does not allow this; pages answer 403. The denial is already logged. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends CaseloadException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException() {
        super("error.accessDenied");
    }

    protected AccessDeniedException(String messageKey) {
        super(messageKey);
    }
}
