package nl.gebiedsteam.caseload.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Applies the configurable idle timeout (caseload.session.idle-minutes, capped at 60) to each new session. */
@WebListener
public class SessionTimeoutListener implements HttpSessionListener {

    static final int MAX_IDLE_MINUTES = 60;

    @Inject
    @ConfigProperty(name = "caseload.session.idle-minutes", defaultValue = "30")
    int idleMinutes;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(Math.min(Math.max(idleMinutes, 1), MAX_IDLE_MINUTES) * 60);
    }
}
