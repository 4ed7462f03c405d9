package nl.gebiedsteam.caseload.privacy;

import java.io.Serializable;
import java.time.LocalDate;

/** A closed file whose retention term has passed: a line of the destruction list. */
public record RetentionCandidate(long clientId, String name, LocalDate dateOfBirth, String teamName,
        LocalDate lastClosedOn) implements Serializable {

    private static final long serialVersionUID = 1L;
}
