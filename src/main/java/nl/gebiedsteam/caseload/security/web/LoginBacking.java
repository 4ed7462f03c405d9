package nl.gebiedsteam.caseload.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.audit.Outcome;
import nl.gebiedsteam.caseload.security.CaseloadAuthenticationMechanism;
import nl.gebiedsteam.caseload.security.CurrentCaller;
import nl.gebiedsteam.caseload.security.LoginAttempt;
import nl.gebiedsteam.caseload.security.LoginCredential;
import nl.gebiedsteam.caseload.shared.web.Messages;
import nl.gebiedsteam.caseload.worker.LoginResult;

/** The login and logout actions. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    LoginAttempt loginAttempt;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AccessLog accessLog;

    private String loginName;
    private String password;
    private String code;

    public void login() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new LoginCredential(loginName == null ? "" : loginName,
                                password == null ? "" : password, code)));
        password = null;
        code = null;
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + takeTarget(request));
            case SEND_CONTINUE -> context.responseComplete();
            default -> Messages.error("login", loginAttempt.getStatus() == LoginResult.Status.EXPIRED
                    ? "login.oneTimeExpired" : "login.failed");
        }
    }

    public void logout() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        currentCaller.get().ifPresent(c -> accessLog.loginEvent(AccessEvent.LOGOUT, Outcome.SUCCESS, c.workerId(),
                c.loginName(), "logout"));
        try {
            request.logout();
        } catch (jakarta.servlet.ServletException alreadyGone) {
            // the session is invalidated below either way
        }
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + CaseloadAuthenticationMechanism.LOGIN_PAGE + "?loggedOut=true");
    }

    /** Where the user was going before the login page, limited to a path inside this application. */
    private static String takeTarget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object target = session == null ? null : session.getAttribute(CaseloadAuthenticationMechanism.TARGET_ATTRIBUTE);
        if (session != null) {
            session.removeAttribute(CaseloadAuthenticationMechanism.TARGET_ATTRIBUTE);
        }
        if (target instanceof String path && path.startsWith("/") && !path.startsWith("//")) {
            return path;
        }
        return "/index.xhtml";
    }

    public String getLoginName() {
        return loginName;
    }

    public void setLoginName(String loginName) {
        this.loginName = loginName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
