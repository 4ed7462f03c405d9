package nl.gebiedsteam.caseload.privacy;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A closed file whose retention term has passed: a line of the destruction list, with who put it
 * before the team lead and which team lead confirmed it (either may be null).
 */
public record RetentionCandidate(long clientId, String name, LocalDate dateOfBirth, String teamName,
        LocalDate lastClosedOn, String proposedBy, String confirmedBy) implements Serializable {

    private static final long serialVersionUID = 1L;

    public boolean isConfirmed() {
        return confirmedBy != null;
    }
}
