package nl.gebiedsteam.caseload.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.worker.Worker;

/** A worker's own account: changing the password (required after an admin set a one-time one). */
@Stateless
@RolesAllowed({Role.CASEWORKER_NAME, Role.TEAM_LEAD_NAME, Role.POLICY_OFFICER_NAME, Role.FUNCTIONAL_ADMIN_NAME,
    Role.PRIVACY_OFFICER_NAME})
public class AccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AccessLog accessLog;

    public boolean mustChangePassword() {
        return currentCaller.get().map(c -> em.find(Worker.class, c.workerId()).isPasswordMustChange()).orElse(false);
    }

    public void changePassword(char[] current, char[] replacement) {
        Worker worker = em.find(Worker.class, currentCaller.require().workerId());
        if (!PasswordHasher.verify(current, worker.getPasswordHash())) {
            throw new CaseloadException("account.password.currentWrong");
        }
        if (replacement == null || replacement.length < PasswordHasher.MIN_PASSWORD_LENGTH) {
            throw new CaseloadException("password.tooShort", PasswordHasher.MIN_PASSWORD_LENGTH);
        }
        if (Arrays.equals(current, replacement)) {
            throw new CaseloadException("account.password.same");
        }
        worker.setOwnPassword(PasswordHasher.hash(replacement));
        accessLog.success(AccessEvent.UPDATE, null, "account", "password changed");
    }
}
