package nl.gebiedsteam.caseload.worker;

import java.util.Set;

/** The answer to one login attempt. */
public record LoginResult(Status status, String loginName, Set<String> groups) {

    public enum Status {
        VALID,
        /** Wrong name or password, deactivated or locked: the caller is not told which. */
        INVALID,
        /** The right password, but a one-time one past its expiry. */
        EXPIRED
    }

    static LoginResult invalid() {
        return new LoginResult(Status.INVALID, null, Set.of());
    }

    static LoginResult expired() {
        return new LoginResult(Status.EXPIRED, null, Set.of());
    }

    public boolean isValid() {
        return status == Status.VALID;
    }
}
