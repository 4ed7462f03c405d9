package nl.gebiedsteam.caseload.client;

import java.io.Serializable;
import java.time.LocalDate;

/** One line of the client list, projected in the query (no entity graph in the view state). */
public record ClientRow(long id, String givenNames, String surnamePrefix, String surname, LocalDate dateOfBirth,
        String bsn, ClientStatus status, String responsibleName) implements Serializable {

    public String fullName() {
        return ClientName.of(givenNames, surnamePrefix, surname);
    }
}
