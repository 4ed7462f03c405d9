package nl.gebiedsteam.caseload.security;

import jakarta.enterprise.context.RequestScoped;
import nl.gebiedsteam.caseload.worker.LoginResult;

/** Carries the detailed outcome of a login from the identity store to the login page in one request. */
@RequestScoped
public class LoginAttempt {

    private LoginResult.Status status;

    public LoginResult.Status getStatus() {
        return status;
    }

    void setStatus(LoginResult.Status status) {
        this.status = status;
    }
}
