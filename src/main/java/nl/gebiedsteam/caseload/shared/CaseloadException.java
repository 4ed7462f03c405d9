package nl.gebiedsteam.caseload.shared;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;

/**
 * A refusal the user can act on. It carries a bundle key and its arguments instead of text, so
 * the page shows it in the user's language; it rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class CaseloadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final Serializable[] arguments;

    public CaseloadException(String messageKey, Serializable... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
