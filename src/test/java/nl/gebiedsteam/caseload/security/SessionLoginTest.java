package nl.gebiedsteam.caseload.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Issue 23: a session ends a fixed time after its login, however busy it is. */
class SessionLoginTest {

    private static final Instant LOGIN = Instant.parse("2026-12-07T08:00:00Z");
    private final SessionLogin login = new SessionLogin("anna.noord", 3, LOGIN);

    @Test
    void livesUpToTheLifetime_andNotASecondLonger() {
        Duration twelveHours = Duration.ofHours(12);
        assertFalse(login.outlived(twelveHours, LOGIN));
        assertFalse(login.outlived(twelveHours, LOGIN.plus(twelveHours).minusSeconds(1)));
        assertTrue(login.outlived(twelveHours, LOGIN.plus(twelveHours)));
        assertTrue(login.outlived(Duration.ofHours(1), LOGIN.plus(Duration.ofMinutes(61))));
    }
}
