package nl.gebiedsteam.caseload.worker;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.OptionalLong;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.identity.CallerSource;
import nl.gebiedsteam.caseload.shared.identity.PasswordHasher;
import nl.gebiedsteam.caseload.shared.identity.Role;

/** A worker's own account: changing the password (required after an admin set a one-time one). */
@Stateless
@RolesAllowed({Role.CASEWORKER_NAME, Role.TEAM_LEAD_NAME, Role.POLICY_OFFICER_NAME, Role.FUNCTIONAL_ADMIN_NAME,
    Role.PRIVACY_OFFICER_NAME})
public class AccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    TotpSecrets secrets;

    @Inject
    CallerSource currentCaller;

    @Inject
    AccessLog accessLog;

    public boolean mustChangePassword() {
        return currentCaller.get().map(c -> em.find(Worker.class, c.workerId()).isPasswordMustChange()).orElse(false);
    }

    public boolean hasSecondFactor() {
        return worker().hasSecondFactor();
    }

    public boolean isSecondFactorRequired() {
        return worker().isSecondFactorRequired();
    }

    /**
     * Sets up the second factor with a secret the page generated and showed, once the worker proves
     * their app holds it by typing a code from it.
     */
    public void enableSecondFactor(String secret, String code) {
        Worker worker = worker();
        if (worker.hasSecondFactor()) {
            throw new CaseloadException("account.secondFactor.already");
        }
        OptionalLong step = Totp.matchingStep(secret, code, Instant.now(), null);
        if (step.isEmpty()) {
            throw new CaseloadException("account.secondFactor.wrongCode");
        }
        worker.enableSecondFactor(secrets.seal(secret), step.getAsLong(), Times.nowUtc());
        accessLog.success(AccessEvent.UPDATE, null, "account", "second factor enabled");
    }

    /** Turns the second factor off, with a current code; not for roles that require it. */
    public void disableSecondFactor(String code) {
        Worker worker = worker();
        if (worker.isSecondFactorRequired()) {
            throw new CaseloadException("account.secondFactor.required");
        }
        // checked on the entity, not by LoginService's bulk update, which would clash with this change
        if (!worker.hasSecondFactor() || Totp.matchingStep(secrets.open(worker.getTotpSecret()), code, Instant.now(),
                worker.getTotpLastStep()).isEmpty()) {
            throw new CaseloadException("account.secondFactor.wrongCode");
        }
        worker.disableSecondFactor();
        accessLog.success(AccessEvent.UPDATE, null, "account", "second factor disabled");
    }

    private Worker worker() {
        return em.find(Worker.class, currentCaller.require().workerId());
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
