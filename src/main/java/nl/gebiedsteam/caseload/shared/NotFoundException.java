package nl.gebiedsteam.caseload.shared;

import jakarta.ejb.ApplicationException;

/** The record does not exist (or is voided); pages answer 404. */
@ApplicationException(rollback = true)
public class NotFoundException extends CaseloadException {

    private static final long serialVersionUID = 1L;

    static final String MESSAGE_KEY = "error.notFound";

    public NotFoundException() {
        super(MESSAGE_KEY);
    }
}
