package nl.gebiedsteam.caseload.review;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A client on the team's waiting list: no responsible caseworker yet, waiting since the start of the
 * open pathway or, without one, since registration; {@code status} is the client's status code.
 */
public record WaitingClient(long clientId, String name, String status, LocalDate waitingSince, long daysWaiting)
        implements Serializable {
}
