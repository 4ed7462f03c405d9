package nl.gebiedsteam.caseload.worker;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.gebiedsteam.caseload.audit.AccessEvent;
import nl.gebiedsteam.caseload.audit.AccessLog;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.ConcurrentEditException;
import nl.gebiedsteam.caseload.shared.NotFoundException;
import nl.gebiedsteam.caseload.shared.Option;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.shared.identity.Caller;
import nl.gebiedsteam.caseload.shared.identity.CallerSource;
import nl.gebiedsteam.caseload.shared.identity.PasswordHasher;
import nl.gebiedsteam.caseload.shared.identity.Role;

/**
 * The functional administrator's work: workers, their roles and team, and area teams. Nothing here
 * reads client data. Changes are written to the access log with object "worker" or "team".
 */
@Stateless
@RolesAllowed(Role.FUNCTIONAL_ADMIN_NAME)
public class WorkerService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerSource currentCaller;

    @Inject
    AccessLog accessLog;

    public List<WorkerRow> workers() {
        var now = Times.nowUtc();
        return em.createNamedQuery("Worker.findAll", Worker.class).getResultStream()
                .map(w -> new WorkerRow(w.getId(), w.getLoginName(), w.getDisplayName(),
                        w.getTeam() == null ? null : w.getTeam().getName(), w.getRoles(), w.isActive(),
                        w.isLockedAt(now), w.getLastLoginAt()))
                .toList();
    }

    public WorkerForm loadWorker(long id) {
        Worker w = find(id);
        WorkerForm form = new WorkerForm();
        form.setId(w.getId());
        form.setVersion(w.getVersion());
        form.setLoginName(w.getLoginName());
        form.setDisplayName(w.getDisplayName());
        form.setTeamId(w.getTeam() == null ? null : w.getTeam().getId());
        form.setRoles(w.getRoles());
        form.setActive(w.isActive());
        return form;
    }

    /** Pending changes lapse after this many days, so an old request cannot be approved by surprise. */
    static final int PENDING_DAYS = 7;

    public enum Outcome {
        APPLIED,
        AWAITING_APPROVAL
    }

    /**
     * What became of a save: done, or waiting for a second administrator's approval; and the
     * one-time password the system issued, if it issued one. Only the administrator who completes
     * the change sees that password, once.
     */
    public record Saved(Outcome outcome, String oneTimePassword) {

        static Saved awaitingApproval() {
            return new Saved(Outcome.AWAITING_APPROVAL, null);
        }

        static Saved applied(String oneTimePassword) {
            return new Saved(Outcome.APPLIED, oneTimePassword);
        }
    }

    /**
     * Creates a worker. A worker with a guarded role ({@link Role#isGuarded()}) is created inactive,
     * without a usable password, and is activated by a second administrator, who receives the
     * one-time password. Any other worker gets a one-time password at once, for the administrator
     * to pass on. Either way it must be changed at the first login.
     */
    public Saved createWorker(WorkerForm form) {
        String login = form.getLoginName() == null ? "" : form.getLoginName().strip().toLowerCase(Locale.ROOT);
        if (!em.createNamedQuery("Worker.findByLogin", Worker.class).setParameter("login", login)
                .getResultList().isEmpty()) {
            throw new CaseloadException("worker.loginName.taken");
        }
        AreaTeam team = checkedTeam(form);
        Worker worker = new Worker();
        worker.setLoginName(login);
        boolean grant = form.isActive() && !guardedRoles(form.getRoles(), true).isEmpty();
        // pending an approval the account has a password nobody knows; the approver gets the real one
        String password = OneTimePasswords.generate();
        worker.setOneTimePassword(PasswordHasher.hash(password.toCharArray()), oneTimePasswordExpiry());
        worker.setDisplayName(strip(form.getDisplayName()));
        worker.setTeam(team);
        worker.setRoles(form.getRoles());
        worker.setActive(form.isActive() && !grant);
        em.persist(worker);
        em.flush();
        accessLog.success(AccessEvent.CREATE, null, "worker", "worker=" + worker.getId() + "; roles="
                + worker.getRoles() + "; active=" + worker.isActive());
        if (grant) {
            request(WorkerChange.access(worker, worker.getDisplayName(), team, form.getRoles(), true, self(), Times.nowUtc()));
            return Saved.awaitingApproval();
        }
        return Saved.applied(password);
    }

    /**
     * Saves an administrator's edit. Nobody changes their own roles, team or active state. A
     * change that grants a guarded role waits for a second administrator; any change that
     * takes access away (deactivation, a role less, another team) applies at once and ends the
     * worker's open sessions.
     */
    public Saved updateWorker(WorkerForm form) {
        Worker worker = find(form.getId());
        if (worker.getVersion() != form.getVersion()) {
            throw new ConcurrentEditException(worker.getModifiedBy(), worker.getModifiedAt());
        }
        Caller caller = currentCaller.require();
        AreaTeam team = checkedTeam(form);
        boolean accessChanged = !worker.getRoles().equals(form.getRoles()) || worker.isActive() != form.isActive()
                || !sameTeam(worker.getTeam(), team);
        if (accessChanged && worker.getId() == caller.workerId()) {
            accessLog.denied(AccessEvent.UPDATE, null, "worker", "own roles, team or active state; worker=" + worker.getId());
            throw new CaseloadException("worker.ownAccess");
        }
        boolean losesAdmin = worker.hasRole(Role.FUNCTIONAL_ADMIN)
                && (!form.isActive() || !form.getRoles().contains(Role.FUNCTIONAL_ADMIN));
        if (losesAdmin && activeAdmins() <= 1) {
            throw new CaseloadException("worker.lastAdmin");
        }
        if (grantsGuardedRole(worker, team, form.getRoles(), form.isActive())) {
            request(WorkerChange.access(worker, strip(form.getDisplayName()), team, form.getRoles(), form.isActive(),
                    self(), Times.nowUtc()));
            return Saved.awaitingApproval();
        }
        apply(worker, strip(form.getDisplayName()), team, form.getRoles(), form.isActive());
        accessLog.success(AccessEvent.UPDATE, null, "worker", "worker=" + worker.getId() + "; roles="
                + worker.getRoles() + "; active=" + worker.isActive());
        return Saved.applied(null);
    }

    public void unlock(long id) {
        Worker worker = find(id);
        worker.setFailedLoginCount(0);
        worker.setLockedUntil(null);
        accessLog.success(AccessEvent.UPDATE, null, "worker", "unlock worker=" + id);
    }

    /**
     * Resets password and second factor: the system issues a one-time password (told to the worker
     * out of band, valid for 72 hours) and the worker's sessions end. For a worker with a guarded
     * role it waits for a second administrator, who receives the password.
     */
    public Saved resetPassword(long id) {
        Worker worker = find(id);
        if (worker.getId() == currentCaller.require().workerId()) {
            accessLog.denied(AccessEvent.UPDATE, null, "worker", "own password reset; worker=" + id);
            throw new CaseloadException("worker.ownPassword");
        }
        if (!guardedRoles(worker.getRoles(), true).isEmpty()) {
            request(WorkerChange.password(worker, self(), Times.nowUtc()));
            return Saved.awaitingApproval();
        }
        String password = issueOneTimePassword(worker);
        worker.endSessions();
        accessLog.success(AccessEvent.UPDATE, null, "worker", "password reset worker=" + id);
        return Saved.applied(password);
    }

    /** Changes waiting for a second administrator, oldest first. */
    public List<WorkerChangeRow> pendingChanges() {
        long me = currentCaller.require().workerId();
        lapseStale();
        return em.createNamedQuery("WorkerChange.findPending", WorkerChange.class).getResultStream()
                .map(c -> new WorkerChangeRow(c.getId(), c.getKind(), c.getWorker().getLoginName(),
                        c.getKind() == WorkerChange.Kind.ACCESS ? c.getDisplayName() : c.getWorker().getDisplayName(),
                        c.getTeam() == null ? null : c.getTeam().getName(), c.getRoles(), c.isActive(),
                        c.getRequestedBy().getDisplayName(), Times.toDisplay(c.getRequestedAt()), c.getRequestedBy().getId() != me))
                .toList();
    }

    /**
     * The second administrator's approval: applies the change if the worker is still as it was
     * when it was asked for. The one who asked cannot approve it (the database refuses it too).
     * Returns the one-time password the approval issued (an activation or a password reset), for
     * the approver to pass on.
     */
    public Optional<String> approve(long changeId) {
        lapseStale();
        WorkerChange change = pending(changeId);
        Worker me = self();
        if (change.getRequestedBy().getId().equals(me.getId())) {
            accessLog.denied(AccessEvent.UPDATE, null, "worker", "approve own request change=" + changeId);
            throw new CaseloadException("worker.change.ownRequest");
        }
        Worker worker = change.getWorker();
        if (worker.getId().equals(me.getId())) {
            accessLog.denied(AccessEvent.UPDATE, null, "worker", "approve a change of one's own account change=" + changeId);
            throw new CaseloadException("worker.ownAccess");
        }
        if (worker.getVersion() != change.getWorkerVersion()) {
            throw new CaseloadException("worker.change.stale");
        }
        String password;
        if (change.getKind() == WorkerChange.Kind.ACCESS) {
            boolean losesAdmin = worker.hasRole(Role.FUNCTIONAL_ADMIN)
                    && (!change.isActive() || !change.getRoles().contains(Role.FUNCTIONAL_ADMIN));
            if (losesAdmin && activeAdmins() <= 1) {
                throw new CaseloadException("worker.lastAdmin");
            }
            requireValidRoles(change.getRoles(), change.getTeam());
            boolean activated = change.isActive() && !worker.isActive();
            apply(worker, change.getDisplayName(), change.getTeam(), change.getRoles(), change.isActive());
            // a new account gets its first password now; a worker coming back keeps their own
            password = activated && worker.isPasswordMustChange() ? issueOneTimePassword(worker) : null;
        } else {
            password = issueOneTimePassword(worker);
            worker.endSessions();
        }
        change.decide(WorkerChange.Status.APPROVED, me, Times.nowUtc());
        em.flush();
        accessLog.success(AccessEvent.UPDATE, null, "worker", "approved " + describe(change) + "; worker="
                + worker.getId() + "; roles=" + worker.getRoles() + "; active=" + worker.isActive());
        return Optional.ofNullable(password);
    }

    /**
     * Pending changes lapse after {@link #PENDING_DAYS} days, and as soon as the one who asked is
     * no longer an active administrator: a request never outlives the authority behind it.
     */
    private void lapseStale() {
        LocalDateTime now = Times.nowUtc();
        em.createNativeQuery("""
                UPDATE worker_change c SET c.status = 'LAPSED', c.decided_at = ?1, c.version = c.version + 1,
                    c.modified_at = ?1, c.modified_by = 'system'
                WHERE c.status = 'PENDING' AND (c.requested_at < ?2 OR NOT EXISTS (
                    SELECT 1 FROM worker r JOIN worker_role rr ON rr.worker_id = r.id
                    WHERE r.id = c.requested_by_id AND r.active = TRUE AND rr.role = 'FUNCTIONAL_ADMIN'))""")
                .setParameter(1, now).setParameter(2, now.minusDays(PENDING_DAYS)).executeUpdate();
    }

    /** A fresh one-time password on the worker's account (which also clears the second factor). */
    private static String issueOneTimePassword(Worker worker) {
        String password = OneTimePasswords.generate();
        worker.setOneTimePassword(PasswordHasher.hash(password.toCharArray()), oneTimePasswordExpiry());
        return password;
    }

    /** Refuses a waiting change; the administrator who asked for it withdraws it this way. */
    public void reject(long changeId) {
        lapseStale();
        WorkerChange change = pending(changeId);
        Worker me = self();
        boolean own = change.getRequestedBy().getId().equals(me.getId());
        change.decide(own ? WorkerChange.Status.WITHDRAWN : WorkerChange.Status.REJECTED, own ? null : me,
                Times.nowUtc());
        em.flush();
        accessLog.success(AccessEvent.UPDATE, null, "worker", (own ? "withdrew " : "rejected ") + describe(change)
                + "; worker=" + change.getWorker().getId());
    }

    public List<AreaTeam> teams() {
        return em.createNamedQuery("AreaTeam.findAll", AreaTeam.class).getResultList();
    }

    public List<Option> activeTeams() {
        return em.createNamedQuery("AreaTeam.findActive", AreaTeam.class).getResultStream()
                .map(t -> new Option(t.getId(), t.getName())).toList();
    }

    public TeamForm loadTeam(long id) {
        AreaTeam team = findTeam(id);
        TeamForm form = new TeamForm();
        form.setId(team.getId());
        form.setVersion(team.getVersion());
        form.setName(team.getName());
        form.setArea(team.getArea());
        form.setActive(team.isActive());
        return form;
    }

    public long saveTeam(TeamForm form) {
        AreaTeam team;
        if (form.isNew()) {
            team = new AreaTeam();
        } else {
            team = findTeam(form.getId());
            if (team.getVersion() != form.getVersion()) {
                throw new ConcurrentEditException(team.getModifiedBy(), team.getModifiedAt());
            }
        }
        String name = form.getName() == null ? "" : form.getName().strip();
        if (em.createNamedQuery("AreaTeam.countByName", Long.class).setParameter("name", name)
                .setParameter("id", form.isNew() ? -1L : form.getId()).getSingleResult() > 0) {
            throw new CaseloadException("team.name.taken");
        }
        team.setName(name);
        team.setArea(form.getArea() == null ? null : form.getArea().strip());
        team.setActive(form.isActive());
        if (form.isNew()) {
            em.persist(team);
        }
        em.flush();
        accessLog.success(form.isNew() ? AccessEvent.CREATE : AccessEvent.UPDATE, null, "team",
                "team=" + team.getId() + "; active=" + team.isActive());
        return team.getId();
    }

    /** Applies a new state; anything taken away ends the worker's open sessions. */
    private void apply(Worker worker, String displayName, AreaTeam team, Set<Role> roles, boolean active) {
        boolean losesAccess = (worker.isActive() && !active) || !roles.containsAll(worker.getRoles())
                || !sameTeam(worker.getTeam(), team);
        worker.setDisplayName(displayName);
        worker.setTeam(team);
        worker.setRoles(roles);
        worker.setActive(active);
        if (losesAccess) {
            worker.endSessions();
        }
        em.flush();
    }

    private void request(WorkerChange change) {
        if (em.createNamedQuery("WorkerChange.countPendingFor", Long.class)
                .setParameter("worker", change.getWorker().getId()).getSingleResult() > 0) {
            throw new CaseloadException("worker.change.alreadyPending");
        }
        em.persist(change);
        em.flush();
        accessLog.success(AccessEvent.UPDATE, null, "worker", "requested " + describe(change) + "; worker="
                + change.getWorker().getId() + (change.getKind() == WorkerChange.Kind.ACCESS
                        ? "; roles=" + change.getRoles() + "; active=" + change.isActive() : ""));
    }

    private static String describe(WorkerChange change) {
        return (change.getKind() == WorkerChange.Kind.ACCESS ? "access change=" : "password reset change=")
                + change.getId() + " (requested by " + change.getRequestedBy().getLoginName() + ")";
    }

    /**
     * Whether the new state gives a guarded role the worker did not hold while active, or moves a
     * team-bound role to another team (another team's clients).
     */
    static boolean grantsGuardedRole(Worker worker, AreaTeam team, Set<Role> roles, boolean active) {
        Set<Role> before = guardedRoles(worker.getRoles(), worker.isActive());
        Set<Role> after = guardedRoles(roles, active);
        return !before.containsAll(after)
                || (after.stream().anyMatch(Role::isTeamBound) && !sameTeam(worker.getTeam(), team));
    }

    private static Set<Role> guardedRoles(Set<Role> roles, boolean active) {
        Set<Role> guarded = EnumSet.noneOf(Role.class);
        if (active) {
            roles.stream().filter(Role::isGuarded).forEach(guarded::add);
        }
        return guarded;
    }

    private static boolean sameTeam(AreaTeam a, AreaTeam b) {
        return a == null ? b == null : b != null && a.getId().equals(b.getId());
    }

    /** The team of the form, checked against its roles. */
    private AreaTeam checkedTeam(WorkerForm form) {
        AreaTeam team = form.getTeamId() == null ? null : findTeam(form.getTeamId());
        requireValidRoles(form.getRoles(), team);
        return team;
    }

    /**
     * At least one role; a team for caseworkers and team leads; and the functional administrator,
     * who manages accounts, never also works with client data (so nobody can grant themselves access).
     */
    static void requireValidRoles(Set<Role> roles, AreaTeam team) {
        if (roles.isEmpty()) {
            throw new CaseloadException("worker.roles.required");
        }
        boolean teamBound = roles.stream().anyMatch(Role::isTeamBound);
        if (teamBound && team == null) {
            throw new CaseloadException("worker.team.required");
        }
        if (teamBound && roles.contains(Role.FUNCTIONAL_ADMIN)) {
            throw new CaseloadException("worker.roles.adminExclusive");
        }
    }

    private Worker self() {
        return em.find(Worker.class, currentCaller.require().workerId());
    }

    private WorkerChange pending(long changeId) {
        WorkerChange change = em.find(WorkerChange.class, changeId);
        if (change == null) {
            throw new NotFoundException();
        }
        if (change.getStatus() == WorkerChange.Status.LAPSED) {
            throw new CaseloadException("worker.change.lapsed", PENDING_DAYS);
        }
        if (change.getStatus() != WorkerChange.Status.PENDING) {
            throw new CaseloadException("worker.change.decided");
        }
        return change;
    }

    private static LocalDateTime oneTimePasswordExpiry() {
        return Times.nowUtc().plusHours(Worker.ONE_TIME_PASSWORD_HOURS);
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private long activeAdmins() {
        return em.createNamedQuery("Worker.countActiveAdmins", Long.class).getSingleResult();
    }

    private Worker find(Long id) {
        Worker worker = id == null ? null : em.find(Worker.class, id);
        if (worker == null) {
            throw new NotFoundException();
        }
        return worker;
    }

    private AreaTeam findTeam(Long id) {
        AreaTeam team = id == null ? null : em.find(AreaTeam.class, id);
        if (team == null) {
            throw new NotFoundException();
        }
        return team;
    }
}
