package nl.gebiedsteam.caseload.review;

import java.io.Serializable;

/** One of my clients that needs attention, with the reasons why. */
public record MyClient(long clientId, String name, boolean flagged, boolean measureExpiring, boolean referralWaiting,
        boolean reviewOverdue, boolean noRecentContact, boolean noAppointmentPlanned) implements Serializable {
}
