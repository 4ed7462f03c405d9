package nl.gebiedsteam.caseload.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import nl.gebiedsteam.caseload.worker.LoginResult;
import nl.gebiedsteam.caseload.worker.LoginService;

/** The database-backed identity store: workers and their roles (as groups, mapped 1:1 to roles). */
@ApplicationScoped
public class CaseloadIdentityStore implements IdentityStore {

    @Inject
    LoginService loginService;

    @Inject
    LoginAttempt loginAttempt;

    /** The login form's credential; the identity store handler finds this method by the credential's class. */
    public CredentialValidationResult validate(LoginCredential credential) {
        return validate(credential, credential.getCode());
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return validate(credential, null);
    }

    private CredentialValidationResult validate(UsernamePasswordCredential credential, String code) {
        LoginResult result = loginService.attempt(credential.getCaller(), credential.getPassword().getValue(), code);
        loginAttempt.setStatus(result.status());
        return result.isValid()
                ? new CredentialValidationResult(result.loginName(), result.groups())
                : CredentialValidationResult.INVALID_RESULT;
    }
}
