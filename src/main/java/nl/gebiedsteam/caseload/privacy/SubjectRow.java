package nl.gebiedsteam.caseload.privacy;

import java.io.Serializable;
import java.time.LocalDate;

/** A person a subject-access request may be about, as the privacy officer picks them. */
public record SubjectRow(long clientId, String name, LocalDate dateOfBirth, String teamName, String status,
        boolean anonymised) implements Serializable {

    private static final long serialVersionUID = 1L;
}
