package nl.gebiedsteam.caseload.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * What a session remembers about its login: only who, the worker's session stamp at that moment
 * and when it was. Roles, team and active state are read from the database for every request.
 */
record SessionLogin(String loginName, int sessionStamp, Instant loggedInAt) implements Serializable {

    /** A session lives at most {@code maxLifetime} from its login, however active it is. */
    boolean outlived(Duration maxLifetime, Instant now) {
        return !now.isBefore(loggedInAt.plus(maxLifetime));
    }
}
