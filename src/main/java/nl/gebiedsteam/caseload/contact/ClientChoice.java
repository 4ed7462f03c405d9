package nl.gebiedsteam.caseload.contact;

import java.io.Serializable;

/** A client to plan an appointment with, as the planning form offers it. */
public record ClientChoice(long id, String name) implements Serializable {
}
