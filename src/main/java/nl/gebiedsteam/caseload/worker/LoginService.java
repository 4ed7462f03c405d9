package nl.gebiedsteam.caseload.worker;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.audit.Outcome;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.identity.PasswordHasher;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a login name and password, keeping the failed-login counter in the database so a lockout
 * holds across application nodes. Counters are changed with bulk updates: they neither race with
 * a parallel attempt nor bump the worker's version (which would make an admin's edit conflict).
 */
@Stateless
public class LoginService {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /** This bean through the container, so each step gets its own transaction. */
    private LoginService self;

    @PostConstruct
    void init() {
        self = context.getBusinessObject(LoginService.class);
    }

    /** The longest wait between attempts short of a lockout. */
    static final Duration MAX_DELAY = Duration.ofMinutes(5);

    @Inject
    TotpSecrets secrets;

    @Inject
    AccessLog accessLog;

    @Inject
    @ConfigProperty(name = "caseload.login.max-failures", defaultValue = "6")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "caseload.login.max-code-failures", defaultValue = "5")
    int maxCodeFailures;

    @Inject
    @ConfigProperty(name = "caseload.login.lockout-minutes", defaultValue = "15")
    int lockoutMinutes;

    /**
     * One login attempt: name, password and, for a worker who set up a second factor, the code
     * from their authenticator app. A wrong or missing code counts as a failed attempt, with the
     * same answer as a wrong password, so a guessed password is not confirmed without the code.
     *
     * <p>The slow password check runs between two short transactions and holds neither a database
     * connection nor a lock: 32 logins at once, several of one account, once exhausted the pool
     * while each waited for the others' checks. The attempt is counted first, by a conditional
     * update, so parallel guesses still cannot pass the limit.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public LoginResult attempt(String loginName, char[] password, String code) {
        String login = loginName == null ? "" : loginName.trim().toLowerCase(Locale.ROOT);
        Reservation reservation = self.reserve(login);
        if (reservation.workerId() == null || reservation.refusal() != null) {
            PasswordHasher.burnVerification(password);
            accessLog.loginEvent(AccessEvent.LOGIN_FAILED, Outcome.DENIED, reservation.workerId(), login,
                    reservation.refusal());
            return LoginResult.invalid();
        }
        boolean passwordRight = PasswordHasher.verify(password, reservation.passwordHash());
        return self.conclude(reservation.workerId(), passwordRight, password, code);
    }

    /** What the first transaction found: the worker and their hash, or why the attempt stops here. */
    public record Reservation(Long workerId, String passwordHash, String refusal) {
    }

    /**
     * Step one of {@link #attempt}, for its own use: counts the attempt before the password is
     * checked, and refuses an unknown, inactive or locked account.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Reservation reserve(String login) {
        Optional<Worker> found = findByLogin(login);
        if (found.isEmpty() || !found.get().isActive()) {
            return new Reservation(found.map(Worker::getId).orElse(null), null,
                    found.isEmpty() ? "unknown login name" : "worker deactivated");
        }
        Worker worker = found.get();
        int reserved = em.createQuery("""
                UPDATE Worker w SET w.failedLoginCount = w.failedLoginCount + 1
                WHERE w.id = :id AND w.failedLoginCount < :max AND w.failedCodeCount < :maxCode
                AND (w.lockedUntil IS NULL OR w.lockedUntil <= :now)""")
                .setParameter("id", worker.getId()).setParameter("max", maxFailures)
                .setParameter("maxCode", maxCodeFailures).setParameter("now", Times.nowUtc()).executeUpdate();
        if (reserved == 0) {
            LocalDateTime until = lockedUntil(worker.getId());
            return new Reservation(worker.getId(), null, until == null
                    ? "account locked: " + maxFailures + " attempts being checked or failed"
                    : "account locked until " + until + " UTC");
        }
        return new Reservation(worker.getId(), worker.getPasswordHash(), null);
    }

    /**
     * Step two of {@link #attempt}, for its own use: after the password check, the second factor,
     * then the counter reset, or the failure counted.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public LoginResult conclude(long workerId, boolean passwordRight, char[] password, String code) {
        Worker worker = em.find(Worker.class, workerId);
        LocalDateTime now = Times.nowUtc();
        if (!passwordRight) {
            return registerFailure(worker, now, false);
        }
        if (worker.hasSecondFactor() && !useCode(worker, code)) {
            // the password was right: the attempt moves to the code counter
            em.createQuery("""
                    UPDATE Worker w SET w.failedLoginCount = w.failedLoginCount - 1, w.failedCodeCount = w.failedCodeCount + 1
                    WHERE w.id = :id""").setParameter("id", worker.getId()).executeUpdate();
            return registerFailure(worker, now, true);
        }
        em.createQuery("""
                UPDATE Worker w SET w.failedLoginCount = 0, w.failedCodeCount = 0, w.lockedUntil = NULL,
                w.lastLoginAt = :now WHERE w.id = :id""")
                .setParameter("now", now).setParameter("id", worker.getId()).executeUpdate();
        String login = worker.getLoginName();
        if (worker.isOneTimePasswordExpiredAt(now)) {
            accessLog.loginEvent(AccessEvent.LOGIN_FAILED, Outcome.DENIED, worker.getId(), login,
                    "one-time password expired at " + worker.getOneTimePasswordExpiresAt() + " UTC");
            return LoginResult.expired();
        }
        if (PasswordHasher.needsRehash(worker.getPasswordHash())) {
            em.createQuery("UPDATE Worker w SET w.passwordHash = :hash WHERE w.id = :id")
                    .setParameter("hash", PasswordHasher.hash(password)).setParameter("id", worker.getId())
                    .executeUpdate();
        }
        accessLog.loginEvent(AccessEvent.LOGIN, Outcome.SUCCESS, worker.getId(), login, null);
        return new LoginResult(LoginResult.Status.VALID, worker.getLoginName(),
                worker.getRoles().stream().map(Enum::name).collect(Collectors.toSet()));
    }

    /**
     * The worker a session belongs to, if still active, read for every request so that a role
     * change, deactivation or password reset holds from the next request on.
     */
    public Optional<SessionWorker> sessionWorker(String loginName) {
        LocalDateTime now = Times.nowUtc();
        return em.createNamedQuery("Worker.findForSession", Worker.class).setParameter("login", loginName)
                .getResultStream().filter(Worker::isActive).findFirst()
                .map(w -> new SessionWorker(w.asCaller(), w.getSessionStamp(), w.isPasswordMustChange(),
                        w.isOneTimePasswordExpiredAt(now), w.isSecondFactorRequired() && !w.hasSecondFactor()));
    }

    private Optional<Worker> findByLogin(String login) {
        return em.createNamedQuery("Worker.findByLogin", Worker.class).setParameter("login", login)
                .getResultStream().findFirst();
    }

    private LocalDateTime lockedUntil(long workerId) {
        return em.createQuery("SELECT w.lockedUntil FROM Worker w WHERE w.id = :id", LocalDateTime.class)
                .setParameter("id", workerId).getSingleResult();
    }

    /**
     * Accepts {@code code} for the worker's secret if it is right and of a later time step than the
     * last one used; the conditional update makes two parallel logins with one code end with one.
     */
    private boolean useCode(Worker worker, String code) {
        OptionalLong step = Totp.matchingStep(secrets.open(worker.getTotpSecret()), code, Instant.now(),
                worker.getTotpLastStep());
        return step.isPresent() && em.createQuery("""
                UPDATE Worker w SET w.totpLastStep = :step WHERE w.id = :id
                AND (w.totpLastStep IS NULL OR w.totpLastStep < :step)""").setParameter("step", step.getAsLong())
                .setParameter("id", worker.getId()).executeUpdate() == 1;
    }

    /**
     * The attempt was already counted, as a wrong password or as a wrong code; at either limit the
     * account is locked (and both counts start again). The lock is a conditional update, so of
     * parallel failures exactly one locks. Below the limit, each failure from the third on makes the
     * next attempt wait longer ({@link #delayAfter}): the account is locked for those seconds, and an
     * attempt meanwhile is refused without being counted or checked.
     */
    private LoginResult registerFailure(Worker worker, LocalDateTime now, boolean wrongCode) {
        String counter = wrongCode ? "failedCodeCount" : "failedLoginCount";
        int limit = wrongCode ? maxCodeFailures : maxFailures;
        int failures = em.createQuery("SELECT w." + counter + " FROM Worker w WHERE w.id = :id", Integer.class)
                .setParameter("id", worker.getId()).getSingleResult();
        LocalDateTime until = now.plusMinutes(lockoutMinutes);
        String what = wrongCode ? "wrong, stale or reused second-factor codes" : "failed logins";
        if (failures >= limit && em.createQuery("UPDATE Worker w SET w.failedLoginCount = 0, w.failedCodeCount = 0, "
                + "w.lockedUntil = :until WHERE w.id = :id AND w." + counter + " >= :max").setParameter("until", until)
                .setParameter("id", worker.getId()).setParameter("max", limit).executeUpdate() == 1) {
            accessLog.loginEvent(AccessEvent.LOCKOUT, Outcome.DENIED, worker.getId(), worker.getLoginName(),
                    failures + " " + what + "; locked until " + until + " UTC");
            return LoginResult.invalid();
        }
        Duration delay = delayAfter(failures);
        if (!delay.isZero()) {
            em.createQuery("UPDATE Worker w SET w.lockedUntil = :until WHERE w.id = :id AND (w.lockedUntil IS NULL "
                    + "OR w.lockedUntil < :until)").setParameter("until", now.plus(delay))
                    .setParameter("id", worker.getId()).executeUpdate();
        }
        accessLog.loginEvent(AccessEvent.LOGIN_FAILED, Outcome.DENIED, worker.getId(), worker.getLoginName(),
                (wrongCode ? "wrong, stale or reused second-factor code" : "wrong password") + " (" + failures + " of "
                        + limit + ")" + (delay.isZero() ? "" : "; next attempt after " + delay.toSeconds() + " s"));
        return LoginResult.invalid();
    }

    /**
     * How long the next attempt waits after {@code failures} failures on one counter: nothing after one
     * or two (a typing error), then 2, 4, 8 … seconds, at most {@link #MAX_DELAY}. Guessing slows down
     * long before the lockout, and a lockout takes minutes of guessing instead of seconds.
     */
    static Duration delayAfter(int failures) {
        if (failures < 3) {
            return Duration.ZERO;
        }
        Duration delay = Duration.ofSeconds(1L << Math.min(failures - 2, 9));
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }
}
