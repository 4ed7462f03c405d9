package nl.gebiedsteam.caseload.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import nl.gebiedsteam.caseload.shared.identity.Caller;
import nl.gebiedsteam.caseload.shared.identity.CallerSource;
import nl.gebiedsteam.caseload.worker.Worker;

/**
 * The caller of this request, read once from the database (by the authentication mechanism, or
 * here when there is no HTTP request). Roles and team come from the worker record, not from the
 * session, so a deactivation or a role change by the functional admin takes effect on the next
 * request rather than at the next login.
 */
@RequestScoped
public class CurrentCaller implements CallerSource {

    @Inject
    SecurityContext securityContext;

    @Inject
    Instance<HttpServletRequest> request;

    @PersistenceContext
    EntityManager em;

    private Caller caller;
    private String loadedFor;
    private boolean loaded;

    @Override
    public Optional<Caller> get() {
        Principal principal = securityContext.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        if (!loaded || !java.util.Objects.equals(name, loadedFor)) {
            // loaded again when the principal changes within the request (a login mid-request)
            caller = name == null ? null : authenticated(name).orElseGet(() -> load(name));
            loadedFor = name;
            loaded = true;
        }
        return Optional.ofNullable(caller);
    }

    @Override
    public String clientIp() {
        try {
            return request.isResolvable() ? request.get().getRemoteAddr() : null;
        } catch (RuntimeException noRequest) {
            return null;
        }
    }

    /** The caller the authentication mechanism read for this request, if it is the same worker. */
    private Optional<Caller> authenticated(String loginName) {
        try {
            return request.isResolvable()
                    && request.get().getAttribute(CaseloadAuthenticationMechanism.CALLER_ATTRIBUTE) instanceof Caller c
                    && c.loginName().equals(loginName) ? Optional.of(c) : Optional.empty();
        } catch (RuntimeException noRequest) {
            return Optional.empty();
        }
    }

    private Caller load(String loginName) {
        return em.createNamedQuery("Worker.findByLogin", Worker.class)
                .setParameter("login", loginName)
                .getResultStream()
                .filter(Worker::isActive)
                .findFirst()
                .map(Worker::asCaller)
                .orElse(null);
    }
}
