package nl.gebiedsteam.caseload.shared;

import java.io.Serializable;

/** An id and a label for a select list (a team, a caseworker). */
public record Option(long id, String label) implements Serializable {
}
