package nl.gebiedsteam.caseload.client;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The read-only view of one client's file header, as the file page shows it. */
public record ClientFile(long id, long version, String fullName, LocalDate dateOfBirth, int age, Gender gender,
        String postcode, String area, String bsn, String phone, String teamName, String responsibleName,
        ClientStatus status, Purpose purpose, LegalGround legalGround, LocalDateTime createdAtUtc, String createdBy,
        LocalDateTime modifiedAtUtc, String modifiedBy) implements Serializable {
}
