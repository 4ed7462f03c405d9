package nl.gebiedsteam.caseload.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** The database-backed identity store: workers and their roles (as groups, mapped 1:1 to roles). */
@ApplicationScoped
public class CaseloadIdentityStore implements IdentityStore {

    @Inject
    LoginService loginService;

    @Inject
    LoginAttempt loginAttempt;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        LoginResult result = loginService.attempt(credential.getCaller(), credential.getPassword().getValue());
        loginAttempt.setStatus(result.status());
        return result.isValid()
                ? new CredentialValidationResult(result.loginName(), result.groups())
                : CredentialValidationResult.INVALID_RESULT;
    }
}
