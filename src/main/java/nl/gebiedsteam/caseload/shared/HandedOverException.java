package nl.gebiedsteam.caseload.shared;

import jakarta.ejb.ApplicationException;
import java.time.LocalDate;

/**
 * A caseworker asks for a part of a file they handed over: not a breach but an old bookmark. The page
 * says when the client was handed over and whom to ask, and shows nothing of the client.
 */
@ApplicationException(rollback = true)
public class HandedOverException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final LocalDate handedOverOn;
    private final String teamLead;
    private final String teamName;

    public HandedOverException(LocalDate handedOverOn, String teamLead, String teamName) {
        super("handed over on " + handedOverOn);
        this.handedOverOn = handedOverOn;
        this.teamLead = teamLead;
        this.teamName = teamName;
    }

    public LocalDate getHandedOverOn() {
        return handedOverOn;
    }

    public String getTeamLead() {
        return teamLead;
    }

    public String getTeamName() {
        return teamName;
    }
}
