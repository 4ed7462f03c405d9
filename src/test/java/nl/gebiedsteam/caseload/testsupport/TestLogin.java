package nl.gebiedsteam.caseload.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import nl.gebiedsteam.caseload.security.LoginCredential;

/** Logs the current in-container test request in as a worker, through the real login path. */
@ApplicationScoped
public class TestLogin {

    public static final String DEMO_PASSWORD = "Demo-Caseload-2026";

    @Inject
    SecurityContext securityContext;

    public void as(String loginName) {
        try {
            RequestCaptureFilter.REQUEST.get().logout(); // a test may switch users within one request
        } catch (jakarta.servlet.ServletException e) {
            throw new IllegalStateException(e);
        }
        AuthenticationStatus status = securityContext.authenticate(RequestCaptureFilter.REQUEST.get(),
                RequestCaptureFilter.RESPONSE.get(), AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new LoginCredential(loginName, DEMO_PASSWORD, TestTotp.codeFor(loginName))));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("login as " + loginName + " failed: " + status);
        }
    }
}
