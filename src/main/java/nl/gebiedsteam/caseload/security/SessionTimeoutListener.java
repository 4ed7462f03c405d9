package nl.gebiedsteam.caseload.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.audit.Outcome;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies the configurable idle timeout (caseload.session.idle-minutes, capped at 60) to each new
 * session, and writes a logout line when a logged-in session times out. A logout or an ended
 * session takes the login out of the session before invalidating it, so only a timeout still
 * finds it here.
 */
@WebListener
public class SessionTimeoutListener implements HttpSessionListener {

    static final int MAX_IDLE_MINUTES = 60;

    @Inject
    @ConfigProperty(name = "caseload.session.idle-minutes", defaultValue = "30")
    int idleMinutes;

    @Inject
    AccessLog accessLog;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(Math.min(Math.max(idleMinutes, 1), MAX_IDLE_MINUTES) * 60);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        if (event.getSession().getAttribute(CaseloadAuthenticationMechanism.SESSION_ATTRIBUTE) instanceof SessionLogin login) {
            accessLog.loginEvent(AccessEvent.LOGOUT, Outcome.SUCCESS, null, login.loginName(),
                    "session timed out after " + event.getSession().getMaxInactiveInterval() / 60 + " minutes idle");
        }
    }
}
