package nl.gebiedsteam.caseload.shared;

import jakarta.inject.Inject;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** Fills the audit columns of every {@link BaseEntity} from the caller and the UTC clock. */
public class AuditListener {

    static final String SYSTEM = "system";

    @Inject
    SecurityContext securityContext;

    @PrePersist
    void onCreate(BaseEntity entity) {
        entity.stampCreated(Times.nowUtc(), caller());
    }

    @PreUpdate
    void onUpdate(BaseEntity entity) {
        entity.stampModified(Times.nowUtc(), caller());
    }

    private String caller() {
        Principal principal = null;
        try {
            principal = securityContext == null ? null : securityContext.getCallerPrincipal();
        } catch (RuntimeException outsideRequest) {
            // start-up jobs run without a caller; they are recorded as the system
        }
        return principal == null ? SYSTEM : principal.getName();
    }
}
