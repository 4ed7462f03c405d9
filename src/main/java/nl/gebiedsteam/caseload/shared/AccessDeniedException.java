package nl.gebiedsteam.caseload.shared;

import jakarta.ejb.ApplicationException;

/** Outside the caller's need-to-know scope; pages answer 403. The denial is already logged. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends CaseloadException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException() {
        super("error.accessDenied");
    }
}
