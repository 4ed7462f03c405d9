package nl.gebiedsteam.caseload.security;

import java.util.Set;

/** The answer to one login attempt. */
public record LoginResult(Status status, String loginName, Set<String> groups) {

    public enum Status {
        VALID,
        INVALID,
        LOCKED
    }

    static LoginResult invalid() {
        return new LoginResult(Status.INVALID, null, Set.of());
    }

    static LoginResult locked() {
        return new LoginResult(Status.LOCKED, null, Set.of());
    }

    public boolean isValid() {
        return status == Status.VALID;
    }
}
