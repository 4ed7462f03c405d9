package nl.gebiedsteam.caseload.security;

import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** What the login form sends: name, password, and the authenticator code when the worker has one. */
public class LoginCredential extends UsernamePasswordCredential {

    private final String code;

    public LoginCredential(String loginName, String password, String code) {
        super(loginName, new Password(password));
        this.code = code;
    }

    public String getCode() {
        return code;
    }
}
