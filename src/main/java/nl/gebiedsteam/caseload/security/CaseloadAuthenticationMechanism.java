package nl.gebiedsteam.caseload.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.audit.Outcome;
import nl.gebiedsteam.caseload.worker.LoginService;
import nl.gebiedsteam.caseload.worker.SessionWorker;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Form login driven by the login page, which calls {@code SecurityContext.authenticate}.
 *
 * <p>The session keeps only the login name and the worker's session stamp ({@link SessionLogin}).
 * Every request reads the active worker and hands the container its current roles. This replaces
 * {@code @AutoApplySession}, under which concurrent requests of a session sometimes ran without
 * roles (403s and refused EJB calls under load, as in Payara #6145), and it makes a deactivation,
 * a lost role or a password reset end the worker's open sessions at once. A worker with a
 * one-time password gets only the password page until they chose their own; then an administrator
 * or privacy officer without a second factor gets only the page that sets one up.
 *
 * <p>Instead of the container's LoginToContinue (whose saved-request replay triggers Payara bug
 * #4734), this mechanism remembers where the user was going and the login page redirects there. An
 * AJAX request without a session gets a partial-response redirect, so an expired session never
 * shows up as an error.
 */
@ApplicationScoped
public class CaseloadAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    public static final String PASSWORD_PAGE = "/account/password.xhtml";
    public static final String SECOND_FACTOR_PAGE = "/account/second-factor.xhtml";
    public static final String TARGET_ATTRIBUTE = "caseload.loginTarget";
    static final String SESSION_ATTRIBUTE = "caseload.login";
    /** The caller as read by this request's authentication, so that {@link CurrentCaller} need not read it again. */
    static final String CALLER_ATTRIBUTE = "caseload.caller";

    @Inject
    IdentityStoreHandler identityStoreHandler;

    @Inject
    LoginService loginService;

    @Inject
    AccessLog accessLog;

    @Inject
    @ConfigProperty(name = "caseload.session.max-hours", defaultValue = "12")
    int maxHours;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStoreHandler.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (request.getSession(false) != null) {
                request.changeSessionId(); // no session fixation
            }
            Optional<SessionWorker> worker = loginService.sessionWorker(result.getCallerPrincipal().getName());
            if (worker.isEmpty()) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            request.getSession().setAttribute(SESSION_ATTRIBUTE,
                    new SessionLogin(worker.get().caller().loginName(), worker.get().sessionStamp(), Instant.now()));
            return notify(request, context, worker.get());
        }
        if (SecurityHeadersFilter.isStaticResource(request)) {
            return context.doNothing(); // stylesheets and scripts: no database read per file
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof SessionLogin login) {
            if (login.outlived(Duration.ofHours(maxHours), Instant.now())) {
                return end(request, response, session, login, Outcome.SUCCESS,
                        "session ended: " + maxHours + " hours since login", "lifetime");
            }
            Optional<SessionWorker> worker = loginService.sessionWorker(login.loginName())
                    .filter(w -> w.sessionStamp() == login.sessionStamp() && !w.oneTimePasswordExpired());
            if (worker.isPresent()) {
                if (worker.get().passwordMustChange() && !isOnPageOrLogin(request, PASSWORD_PAGE)) {
                    return redirect(request, response, PASSWORD_PAGE);
                }
                if (!worker.get().passwordMustChange() && worker.get().secondFactorMissing()
                        && !isOnPageOrLogin(request, SECOND_FACTOR_PAGE)) {
                    return redirect(request, response, SECOND_FACTOR_PAGE);
                }
                return notify(request, context, worker.get());
            }
            // deactivated, a role taken away, a password reset or an expired one-time password
            return end(request, response, session, login, Outcome.DENIED, "session ended: account changed since login",
                    "true");
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if ("GET".equals(request.getMethod())) {
            String target = request.getRequestURI().substring(request.getContextPath().length());
            if (request.getQueryString() != null) {
                target += "?" + request.getQueryString();
            }
            request.getSession().setAttribute(TARGET_ATTRIBUTE, target);
        }
        return redirect(request, response, isAjax(request) ? LOGIN_PAGE + "?expired=true" : LOGIN_PAGE);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_ATTRIBUTE);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /**
     * Ends the session with a line in the access log. The login is taken out of the session first,
     * so {@link SessionTimeoutListener} does not record the same end as a timeout.
     */
    private AuthenticationStatus end(HttpServletRequest request, HttpServletResponse response, HttpSession session,
            SessionLogin login, Outcome outcome, String why, String reason) {
        accessLog.loginEvent(AccessEvent.LOGOUT, outcome, null, login.loginName(), why);
        session.removeAttribute(SESSION_ATTRIBUTE);
        session.invalidate();
        return redirect(request, response, LOGIN_PAGE + "?ended=" + reason);
    }

    private static AuthenticationStatus notify(HttpServletRequest request, HttpMessageContext context,
            SessionWorker worker) {
        request.setAttribute(CALLER_ATTRIBUTE, worker.caller());
        return context.notifyContainerAboutLogin(worker.caller().loginName(),
                worker.caller().roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }

    /** The page a worker must complete first, and the login page (to log out or in as someone else). */
    private static boolean isOnPageOrLogin(HttpServletRequest request, String page) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(page) || path.equals(LOGIN_PAGE);
    }

    private static boolean isAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    private static AuthenticationStatus redirect(HttpServletRequest request, HttpServletResponse response,
            String path) {
        SecurityHeadersFilter.apply(request, response);
        String url = request.getContextPath() + path;
        try {
            if (isAjax(request)) {
                response.setContentType("text/xml");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + url + "\"/></partial-response>");
            } else {
                response.sendRedirect(url);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
