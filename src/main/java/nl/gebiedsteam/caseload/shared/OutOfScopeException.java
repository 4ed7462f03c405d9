package nl.gebiedsteam.caseload.shared;

import jakarta.ejb.ApplicationException;

/**
 * A record that exists but lies outside the caller's need-to-know scope. It is a refusal (the
 * denial is already logged), but every page, AJAX request and export answers it exactly as a
 * record that does not exist (404, "not found"), so trying ids tells nobody which ones exist.
 */
@ApplicationException(rollback = true)
public class OutOfScopeException extends AccessDeniedException {

    private static final long serialVersionUID = 1L;

    public OutOfScopeException() {
        super(NotFoundException.MESSAGE_KEY);
    }
}
