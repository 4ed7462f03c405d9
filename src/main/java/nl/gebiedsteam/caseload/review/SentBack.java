package nl.gebiedsteam.caseload.review;

import java.io.Serializable;

/** A request of mine the team lead sent back, with the comment. */
public record SentBack(long clientId, String name, String comment) implements Serializable {
}
